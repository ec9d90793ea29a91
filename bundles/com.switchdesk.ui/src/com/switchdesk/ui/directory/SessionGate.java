package com.switchdesk.ui.directory;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import com.switchdesk.store.OperatorSession;
import com.switchdesk.ui.WidgetIds;

/**
 * A view's body that shows either its content or why it cannot: nobody is logged in, or the view is for
 * administrators only. Views follow the {@link OperatorSession} of the application context, which changes
 * on logout and login.
 */
public final class SessionGate {

	private final Composite root;
	private final Composite content;
	private final Composite message;
	private final Label title;
	private final Label text;
	private final StackLayout stack = new StackLayout();

	/** @param id the widget id prefix of the view, e.g. "customers" */
	public SessionGate(Composite parent, String id) {
		root = new Composite(parent, SWT.NONE);
		root.setLayout(stack);
		content = WidgetIds.tag(new Composite(root, SWT.NONE), id);
		message = WidgetIds.tag(new Composite(root, SWT.NONE), id + ".gate");
		GridLayoutFactory.swtDefaults().margins(16, 16).applyTo(message);
		title = new Label(message, SWT.NONE);
		title.setFont(JFaceResources.getHeaderFont());
		text = WidgetIds.tag(new Label(message, SWT.WRAP), id + ".gate.message");
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		stack.topControl = message;
	}

	/** Where the view puts its widgets. */
	public Composite content() {
		return content;
	}

	public Composite control() {
		return root;
	}

	/**
	 * Shows the content when {@code session} may use the view, else the reason.
	 *
	 * @param viewTitle          the view's name, as heading of the reason
	 * @param administratorsOnly whether operators are kept out
	 * @return true when the content is shown
	 */
	public boolean admit(OperatorSession session, String viewTitle, boolean administratorsOnly) {
		if (session == null) {
			show(viewTitle, Messages.Gate_logIn);
			return false;
		}
		if (session.mustChangePassword()) {
			show(viewTitle, Messages.Gate_changePassword);
			return false;
		}
		if (administratorsOnly && !session.isAdministrator()) {
			show(viewTitle, Messages.Gate_administratorsOnly);
			return false;
		}
		stack.topControl = content;
		root.layout(true, true);
		return true;
	}

	private void show(String heading, String reason) {
		title.setText(heading);
		text.setText(reason);
		stack.topControl = message;
		message.layout(true, true);
		root.layout(true, true);
	}
}
