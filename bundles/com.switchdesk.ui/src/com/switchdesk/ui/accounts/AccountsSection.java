package com.switchdesk.ui.accounts;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import com.switchdesk.model.OperatorAccount;
import com.switchdesk.store.AccountService;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.directory.Background;
import com.switchdesk.ui.directory.Failures;

/** The accounts table and its actions: new, edit, new password, delete. */
final class AccountsSection {

	private final Background background;
	private final Supplier<AccountService> service;
	private final Supplier<OperatorSession> session;
	private final Runnable changed;
	private final TableViewer viewer;
	private final Label message;
	private final Button edit;
	private final Button reset;
	private final Button delete;

	AccountsSection(Composite parent, Background background, Supplier<AccountService> service,
			Supplier<OperatorSession> session, Runnable changed) {
		this.background = background;
		this.service = service;
		this.session = session;
		this.changed = changed;
		Group box = new Group(parent, SWT.NONE);
		box.setText(Messages.Accounts_title);
		GridLayoutFactory.swtDefaults().numColumns(5).applyTo(box);
		Button create = button(box, "accounts.new", Messages.Accounts_new);
		edit = button(box, "accounts.edit", Messages.Accounts_edit);
		reset = button(box, "accounts.reset", Messages.Accounts_reset);
		delete = button(box, "accounts.delete", Messages.Accounts_delete);
		message = WidgetIds.tag(new Label(box, SWT.WRAP), "accounts.message");
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(message);
		viewer = new TableViewer(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		Table table = WidgetIds.tag(viewer.getTable(), "accounts.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(5, 1).hint(500, 120).applyTo(table);
		column(Messages.Accounts_colLogin, 120, OperatorAccount::getLogin);
		column(Messages.Accounts_colName, 160, a -> a.getDisplayName() == null ? "" : a.getDisplayName());
		column(Messages.Accounts_colRole, 110, a -> AccountTexts.role(a.getRole()));
		column(Messages.Accounts_colState, 90, a -> a.isEnabled() ? Messages.Accounts_enabled : Messages.Accounts_disabled);
		column(Messages.Accounts_colPassword, 230, a -> a.isMustChangePassword() ? Messages.Accounts_mustChange : "");
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(e -> update());
		table.addListener(SWT.DefaultSelection, e -> editSelected());
		create.addListener(SWT.Selection, e -> open(null));
		edit.addListener(SWT.Selection, e -> editSelected());
		reset.addListener(SWT.Selection, e -> resetSelected());
		delete.addListener(SWT.Selection, e -> deleteSelected());
		update();
	}

	private static Button button(Composite parent, String id, String text) {
		Button b = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
		b.setText(text);
		return b;
	}

	private void column(String title, int width, Function<OperatorAccount, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((OperatorAccount) element);
			}
		});
	}

	void load() {
		AccountService accounts = service.get();
		OperatorSession who = session.get();
		if (accounts == null || who == null) {
			show(Messages.Accounts_noStore, true);
			return;
		}
		background.run(() -> accounts.accounts(who), this::showAccounts, e -> show(Failures.text(e), true));
	}

	private void showAccounts(List<OperatorAccount> list) {
		OperatorAccount before = selected();
		viewer.setInput(list);
		if (before != null) {
			list.stream().filter(a -> a.getLogin().equals(before.getLogin())).findFirst()
					.ifPresent(a -> viewer.setSelection(new StructuredSelection(a), true));
		}
		update();
	}

	private OperatorAccount selected() {
		return ((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof OperatorAccount a ? a : null;
	}

	private void update() {
		boolean any = selected() != null;
		edit.setEnabled(any);
		reset.setEnabled(any);
		delete.setEnabled(any);
	}

	private void editSelected() {
		if (selected() != null) {
			open(selected());
		}
	}

	private void open(OperatorAccount account) {
		AccountDialog dialog = new AccountDialog(viewer.getTable().getShell(), account, service.get(), session.get(),
				background);
		if (dialog.open() == Window.OK) {
			show(NLS.bind(account == null ? Messages.Accounts_created : Messages.Accounts_saved, dialog.login()), false);
			load();
			changed.run();
		}
	}

	private void resetSelected() {
		OperatorAccount a = selected();
		if (a != null && new PasswordDialog(viewer.getTable().getShell(), a.getLogin(), service.get(), session.get(),
				background).open() == Window.OK) {
			show(NLS.bind(Messages.Accounts_passwordSet, a.getLogin()), false);
			load();
			changed.run();
		}
	}

	private void deleteSelected() {
		OperatorAccount a = selected();
		if (a == null || !MessageDialog.openConfirm(viewer.getTable().getShell(), Messages.Accounts_deleteTitle,
				NLS.bind(Messages.Accounts_deleteQuestion, a.getLogin()))) {
			return;
		}
		AccountService accounts = service.get();
		OperatorSession who = session.get();
		background.run(() -> {
			accounts.deleteAccount(who, a.getLogin());
			return a.getLogin();
		}, login -> {
			show(NLS.bind(Messages.Accounts_deleted, login), false);
			load();
			changed.run();
		}, e -> show(Failures.text(e), true));
	}

	private void show(String text, boolean error) {
		message.setText(text);
		message.setForeground(message.getDisplay().getSystemColor(error ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GREEN));
		message.getParent().layout(true, true);
	}
}
