package com.switchdesk.ui.session;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;

import com.switchdesk.callcontrol.ConsoleState;
import com.switchdesk.callcontrol.ConsoleTopics;
import com.switchdesk.callcontrol.OperatorConsole;
import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.store.OperatorSession;

/**
 * Opens the operator session for this console's position as soon as the PBX is reached, and again
 * after the PBX comes back (an e4 add-on). The position is the extension the operator logged in at;
 * a logout closes the position. Where nobody logged in (a console started without the login step)
 * the position is the system property {@code switchdesk.operator}, default 8000.
 */
public class SessionStarter {

	public static final String POSITION_PROPERTY = "switchdesk.operator";

	@Inject
	@Optional
	private OperatorConsole console;

	private volatile String position = System.getProperty(POSITION_PROPERTY, "8000");
	private boolean opening;
	private boolean loggedIn;

	/** Follows the login: a new session opens its position, a logout (no session) closes it. */
	@Inject
	void session(@Optional OperatorSession session) {
		if (session != null) {
			boolean moved = !session.extension().equals(position);
			position = session.extension();
			if (moved && console != null && console.state().mode() != OperatorMode.LOGGED_OUT) {
				console.close();
			}
			opening = false;
			if (console != null) {
				stateChanged(console.state());
			}
		} else if (loggedIn) {
			position = "";
			if (console != null) {
				console.close();
			}
		}
		loggedIn = session != null;
	}

	@PostConstruct
	void start() {
		if (console != null) {
			stateChanged(console.state());
		}
	}

	@Inject
	@Optional
	void stateChanged(@UIEventTopic(ConsoleTopics.STATE) ConsoleState state) {
		if (console != null && state.mode() == OperatorMode.LOGGED_OUT && !opening && !position.isBlank()) {
			opening = true;
			console.open(position).whenComplete((r, e) -> opening = e == null);
		}
	}
}
