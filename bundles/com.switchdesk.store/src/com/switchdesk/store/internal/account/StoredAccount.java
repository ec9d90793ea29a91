package com.switchdesk.store.internal.account;

import com.switchdesk.model.OperatorAccount;
import com.switchdesk.model.Role;
import com.switchdesk.model.SwitchdeskFactory;

/** An account row, password hash included; never leaves the store as is (see {@link #toModel()}). */
record StoredAccount(long id, String login, String displayName, Role role, PasswordHasher.Hash password,
		boolean mustChangePassword, boolean enabled) {

	boolean isEnabledAdministrator() {
		return role == Role.ADMINISTRATOR && enabled;
	}

	/** @return the account for the UI, without hash and salt */
	OperatorAccount toModel() {
		OperatorAccount account = SwitchdeskFactory.eINSTANCE.createOperatorAccount();
		account.setId(id);
		account.setLogin(login);
		account.setDisplayName(displayName);
		account.setRole(role);
		account.setIterations(password.iterations());
		account.setMustChangePassword(mustChangePassword);
		account.setEnabled(enabled);
		return account;
	}
}
