package com.switchdesk.ui.session;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;

import com.switchdesk.callcontrol.ConsoleState;
import com.switchdesk.callcontrol.ConsoleTopics;
import com.switchdesk.callcontrol.OperatorConsole;
import com.switchdesk.callcontrol.OperatorMode;

/**
 * Opens the operator session for this console's position as soon as the PBX is reached (an e4
 * add-on). The position is the one the operator logged in with, or the system property
 * {@code switchdesk.operator} (default 8000) for a console without login.
 */
public class SessionStarter {

	public static final String POSITION_PROPERTY = "switchdesk.operator";

	@Inject
	@Optional
	private OperatorConsole console;

	private volatile String position = System.getProperty(POSITION_PROPERTY, "8000");
	private boolean opening;

	/** The position the operator logged in with. */
	public void setPosition(String loggedIn) {
		this.position = loggedIn;
		opening = false;
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
