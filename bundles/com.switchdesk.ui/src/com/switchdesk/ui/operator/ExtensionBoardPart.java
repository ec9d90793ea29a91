package com.switchdesk.ui.operator;


import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.callcontrol.OperatorConsole;
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.board.BoardActions;
import com.switchdesk.ui.board.BoardTabs;
import com.switchdesk.ui.board.BoardView;
import com.switchdesk.ui.board.Messages;

/**
 * The Extensions part (一键拨号, F15/F16): the busy-lamp board of {@link BoardView}.
 * <p>
 * The services are injected optionally and by method, so the part renders a clear "not connected"
 * message while call control is missing and builds the board as soon as it is registered (e4
 * re-injects when an OSGi service appears or goes). Re-injection may happen on any thread; the
 * rebuild runs on the display thread.
 */
public class ExtensionBoardPart {

	@Inject
	private UISynchronize ui;

	private ExtensionBoard board;
	private OperatorConsole console;
	private BoardTabs tabs;
	private BoardActions actions;
	private Composite body;
	private BoardView view;

	@Inject
	void services(@Optional ExtensionBoard board, @Optional OperatorConsole console, @Optional BoardTabs tabs,
			@Optional BoardActions actions) {
		this.board = board;
		this.console = console;
		this.tabs = tabs;
		this.actions = actions;
		if (body != null) {
			ui.asyncExec(this::rebuild);
		}
	}

	@PostConstruct
	void create(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		body.setLayout(new FillLayout());
		rebuild();
	}

	@Focus
	void focus() {
		if (view != null && !view.canvas().isDisposed()) {
			view.canvas().setFocus();
		} else if (body != null && !body.isDisposed()) {
			body.setFocus();
		}
	}

	private void rebuild() {
		if (body == null || body.isDisposed()) {
			return;
		}
		for (Control child : body.getChildren()) {
			child.dispose(); // the view's dispose listener detaches it from the services
		}
		view = null;
		if (board == null) {
			notConnected(body);
		} else {
			view = new BoardView(body, board, ui, tabs != null ? tabs : BoardTabs.allExtensions(),
					java.util.Optional.ofNullable(console), java.util.Optional.ofNullable(actions));
		}
		body.layout(true, true);
	}

	private static void notConnected(Composite parent) {
		Composite box = WidgetIds.tag(new Composite(parent, SWT.NONE), "board.notConnected");
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(box);
		Label heading = new Label(box, SWT.NONE);
		heading.setText(Messages.NotConnected_title);
		heading.setFont(JFaceResources.getHeaderFont());
		Label text = WidgetIds.tag(new Label(box, SWT.WRAP), "board.notConnected.message");
		text.setText(Messages.NotConnected_message);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
	}
}
