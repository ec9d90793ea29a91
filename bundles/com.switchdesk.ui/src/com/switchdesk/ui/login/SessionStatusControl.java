package com.switchdesk.ui.login;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import com.switchdesk.store.OperatorSession;
import com.switchdesk.ui.WidgetIds;

/**
 * Who is logged in, in the window's status line: a supervisor walking past, or the next shift,
 * sees whose session the console runs under before taking it over.
 */
public class SessionStatusControl {

	private Label text;
	private OperatorSession session;

	@PostConstruct
	void create(Composite parent) {
		Composite root = WidgetIds.tag(new Composite(parent, SWT.NONE), "status.session");
		GridLayoutFactory.fillDefaults().margins(6, 2).applyTo(root);
		text = WidgetIds.tag(new Label(root, SWT.NONE), "status.session.text");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		show();
	}

	@Inject
	void session(@Optional OperatorSession session) {
		this.session = session;
		show();
	}

	private void show() {
		if (text == null || text.isDisposed()) {
			return;
		}
		text.setText(describe(session));
		text.setToolTipText(text.getText());
		// names differ in length: the status line makes room for the whole text
		text.requestLayout();
	}

	static String describe(OperatorSession session) {
		if (session == null) {
			return Messages.Status_loggedOut;
		}
		String who = session.displayName().isBlank() ? session.login()
				: session.displayName() + " (" + session.login() + ")";
		return NLS.bind(Messages.Status_loggedIn, who, session.extension());
	}
}
