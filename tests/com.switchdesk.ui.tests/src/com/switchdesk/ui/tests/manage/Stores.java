package com.switchdesk.ui.tests.manage;

import java.util.Set;

import org.eclipse.e4.core.contexts.IEclipseContext;

import com.switchdesk.model.Customer;
import com.switchdesk.model.PhoneLabel;
import com.switchdesk.model.PhoneNumber;
import com.switchdesk.model.Role;
import com.switchdesk.model.SwitchdeskFactory;
import com.switchdesk.store.AccountService;
import com.switchdesk.store.CustomerService;
import com.switchdesk.store.CustomerService.SearchScope;
import com.switchdesk.store.ExtensionGroupService;
import com.switchdesk.store.LoginAttempt;
import com.switchdesk.store.OperatorPositions;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.ui.tests.driver.ConsoleWindow;
import com.switchdesk.ui.tests.driver.LoginPage;
import com.switchdesk.ui.tests.driver.Services;

/**
 * The running product's store, for preparing and cleaning up what a test needs, with the session of whoever is
 * logged in (the administrator the tests log in as).
 */
final class Stores {

	private final ConsoleWindow console;

	Stores(ConsoleWindow console) {
		this.console = console;
	}

	private IEclipseContext context() {
		return console.application().getContext();
	}

	/** The session in the application context now. */
	OperatorSession session() {
		return console.ui().onUi(() -> context().get(OperatorSession.class));
	}

	/** Puts another session in the application context, as a login would. */
	void useSession(OperatorSession session) {
		console.ui().run(() -> context().set(OperatorSession.class, session));
	}

	CustomerService customers() {
		return Services.get(CustomerService.class);
	}

	AccountService accounts() {
		return Services.get(AccountService.class);
	}

	ExtensionGroupService groups() {
		return Services.get(ExtensionGroupService.class);
	}

	static Customer customer(String name, String... numbers) {
		Customer c = SwitchdeskFactory.eINSTANCE.createCustomer();
		c.setName(name);
		for (String n : numbers) {
			PhoneNumber p = SwitchdeskFactory.eINSTANCE.createPhoneNumber();
			p.setNumber(n);
			p.setLabel(PhoneLabel.MOBILE);
			c.getNumbers().add(p);
		}
		return c;
	}

	Customer create(String name, String... numbers) {
		return customers().create(session(), customer(name, numbers));
	}

	/** Deletes every customer with one of these names, or owning one of these numbers. */
	void deleteCustomers(String... namesOrNumbers) {
		OperatorSession admin = session();
		for (String text : namesOrNumbers) {
			for (CustomerService.Hit hit : customers().search(admin, text, SearchScope.FULL, 500)) {
				Customer c = hit.customer();
				boolean number = c.getNumbers().stream().anyMatch(n -> n.getNumber().replace(" ", "").equals(text));
				if (c.getName().equals(text) || number) {
					customers().delete(admin, c.getId());
				}
			}
		}
	}

	void deleteGroups(String... names) {
		OperatorSession admin = session();
		Set<String> doomed = Set.of(names);
		groups().groups(admin).stream().filter(g -> doomed.contains(g.getName()))
				.forEach(g -> groups().delete(admin, g.getId()));
	}

	void deleteAccounts(String... logins) {
		OperatorSession admin = session();
		Set<String> doomed = Set.of(logins);
		accounts().accounts(admin).stream().filter(a -> doomed.contains(a.getLogin()))
				.forEach(a -> accounts().deleteAccount(admin, a.getLogin()));
	}

	/** A new operator account, logged in at the tests' position with its password changed. */
	OperatorSession operator(String login, String password) {
		accounts().createAccount(session(), login, "Test operator", Role.OPERATOR, "first-pass-1".toCharArray());
		LoginAttempt first = accounts().login(LoginPage.POSITION, login, "first-pass-1".toCharArray(),
				OperatorPositions.of(Set.of(LoginPage.POSITION), Set.of()));
		return accounts().changePassword(first.session().orElseThrow(), "first-pass-1".toCharArray(),
				password.toCharArray());
	}
}
