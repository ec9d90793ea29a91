package com.switchdesk.ui.groups;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;

import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.store.CallLogService;
import com.switchdesk.store.ExtensionGroupService;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.ui.board.BoardTabs;
import com.switchdesk.ui.directory.CallLogTopics;

/**
 * Gives the board its tabs from the store (an e4 add-on): puts one {@link GroupTabs} in the application
 * context as {@link BoardTabs} (the board picks it up) and as {@link GroupTabs} (the groups view reloads it after
 * an edit), and reloads it when someone logs in or out and when a call was logged (frequent numbers).
 */
public class GroupTabsAddon {

	@Inject
	@Optional
	private ExtensionGroupService groups;
	@Inject
	@Optional
	private CallLogService calls;
	@Inject
	@Optional
	private ExtensionBoard board;

	private volatile OperatorSession session;
	private GroupTabs tabs;

	@PostConstruct
	void start(MApplication application) {
		tabs = new GroupTabs(() -> groups, () -> calls, () -> board, () -> session);
		application.getContext().set(GroupTabs.class, tabs);
		application.getContext().set(BoardTabs.class, tabs);
		tabs.reload();
	}

	@Inject
	void session(@Optional OperatorSession newSession) {
		session = newSession;
		if (tabs != null) {
			tabs.reload();
		}
	}

	@Inject
	@Optional
	void callLogged(@UIEventTopic(CallLogTopics.RECORDED) Object call) {
		if (tabs != null) {
			tabs.reload();
		}
	}

	@PreDestroy
	void stop() {
		tabs.close();
	}
}
