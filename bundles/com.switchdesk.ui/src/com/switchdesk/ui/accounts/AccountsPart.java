package com.switchdesk.ui.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;

import com.switchdesk.store.AccountService;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.ui.directory.Background;
import com.switchdesk.ui.directory.SessionGate;

/**
 * Operator accounts and the login log, for administrators (F04, F01; seed 3.2): the accounts with their role
 * and state, to create, edit, give a new password and delete (the store protects the last administrator), and
 * below every login and logout at the console's positions, searchable. Operators see that the view is for
 * administrators.
 */
public class AccountsPart {

	@Inject
	private UISynchronize ui;
	@Inject
	@Optional
	private AccountService accounts;

	private OperatorSession session;
	private SessionGate gate;
	private AccountsSection accountsSection;
	private LoginLogSection loginLog;

	@Inject
	void session(@Optional OperatorSession newSession) {
		session = newSession;
		if (gate != null) {
			ui.asyncExec(this::admit);
		}
	}

	@PostConstruct
	void create(Composite parent) {
		gate = new SessionGate(parent, "accounts");
		Composite root = gate.content();
		GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(root);
		Background background = new Background("accounts", ui, root);
		SashForm sash = new SashForm(root, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		accountsSection = new AccountsSection(sash, background, () -> accounts, () -> session, this::changed);
		loginLog = new LoginLogSection(sash, background, () -> accounts, () -> session);
		sash.setWeights(45, 55);
		admit();
	}

	private void admit() {
		if (!gate.control().isDisposed() && gate.admit(session, Messages.Accounts_title, true)) {
			accountsSection.load();
			loginLog.search();
		}
	}

	/** An account changed: a new password or a change of role may have ended sessions, which the log shows. */
	private void changed() {
		loginLog.search();
	}
}
