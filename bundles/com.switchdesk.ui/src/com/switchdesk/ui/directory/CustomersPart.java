package com.switchdesk.ui.directory;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.callcontrol.OperatorConsole;
import com.switchdesk.model.Customer;
import com.switchdesk.store.CustomerService;
import com.switchdesk.store.CustomerService.Hit;
import com.switchdesk.store.CustomerService.SearchScope;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.transfer.CustomerTransferService;
import com.switchdesk.ui.WidgetIds;

/**
 * The customer directory (客户资料, F05–F07): search as you type, one-click dial from a result, and for
 * administrators create, edit, delete, import and export. Operators search and dial; the other buttons are
 * greyed with a tooltip saying why (the store refuses them anyway).
 */
public class CustomersPart implements CustomerSearch.View {

	@Inject
	private UISynchronize ui;
	@Inject
	@Optional
	private CustomerService customers;
	@Inject
	@Optional
	private CustomerTransferService transfer;
	@Inject
	@Optional
	private OperatorConsole console;

	private OperatorSession session;
	private SessionGate gate;
	private Text search;
	private Label status;
	private Label message;
	private CustomerTable table;
	private CustomerSearch searcher;
	private Background background;
	private Dialer dialer;
	private Button dial;
	private Button create;
	private Button edit;
	private Button delete;
	private Button importButton;
	private Button exportButton;

	@Inject
	void session(@Optional OperatorSession newSession) {
		session = newSession;
		if (gate != null) {
			ui.asyncExec(this::admit);
		}
	}

	@PostConstruct
	void create(Composite parent) {
		gate = new SessionGate(parent, "customers");
		Composite root = gate.content();
		GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(root);
		background = new Background("customers", ui, root);

		Composite bar = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(8).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		search = WidgetIds.tag(new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "customers.search");
		search.setMessage(Messages.Customers_searchHint);
		search.setToolTipText(Messages.Customers_searchTip);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(220, SWT.DEFAULT)
				.applyTo(search);
		dial = button(bar, "customers.dial", Messages.Customers_dial, Messages.Customers_dialTip);
		// as tall as the buttons: a separator's own preferred height would stretch the whole bar
		GridDataFactory.fillDefaults().hint(SWT.DEFAULT, 1).applyTo(new Label(bar, SWT.SEPARATOR | SWT.VERTICAL));
		create = button(bar, "customers.new", Messages.Customers_new, Messages.Customers_newTip);
		edit = button(bar, "customers.edit", Messages.Customers_edit, Messages.Customers_editTip);
		delete = button(bar, "customers.delete", Messages.Customers_delete, Messages.Customers_deleteTip);
		importButton = button(bar, "customers.import", Messages.Customers_import, Messages.Customers_importTip);
		exportButton = button(bar, "customers.export", Messages.Customers_export, Messages.Customers_exportTip);

		message = WidgetIds.tag(new Label(root, SWT.WRAP), "customers.message");
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).exclude(true).applyTo(message);
		message.setVisible(false);
		status = WidgetIds.tag(new Label(root, SWT.WRAP), "customers.status");
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(status);
		table = new CustomerTable(root);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 240).applyTo(table.table());

		dialer = new Dialer(() -> console, background, this::showMessage);
		searcher = new CustomerSearch(root.getDisplay(), background, () -> customers, () -> session, this);
		search.addListener(SWT.Modify, e -> searcher.typed(search.getText()));
		search.addListener(SWT.DefaultSelection, e -> searcher.searchNow());
		search.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN && table.table().getItemCount() > 0) {
				table.table().setFocus();
			}
		});
		table.viewer().addSelectionChangedListener(e -> updateButtons());
		table.table().addListener(SWT.DefaultSelection, e -> dialSelected());
		new CustomerMenu(table, dialer, this::editSelected, this::deleteSelected, () -> isAdministrator());
		dial.addListener(SWT.Selection, e -> dialSelected());
		create.addListener(SWT.Selection, e -> openEditor(null));
		edit.addListener(SWT.Selection, e -> editSelected());
		delete.addListener(SWT.Selection, e -> deleteSelected());
		TransferActions transfers = new TransferActions(root.getShell(), () -> transfer, () -> session, background,
				this::transferred);
		importButton.addListener(SWT.Selection, e -> transfers.importFile());
		exportButton.addListener(SWT.Selection, e -> transfers.exportFile());
		admit();
	}

	private static Button button(Composite bar, String id, String text, String tip) {
		Button b = WidgetIds.tag(new Button(bar, SWT.PUSH), id);
		b.setText(text);
		b.setToolTipText(tip);
		b.setData("tip", tip);
		return b;
	}

	@Focus
	void focus() {
		if (search != null && !search.isDisposed() && search.isVisible()) {
			search.setFocus();
		}
	}

	private void admit() {
		if (gate.control().isDisposed()) {
			return;
		}
		if (gate.admit(session, Messages.Customers_title, false)) {
			updateButtons();
			searcher.typed(search.getText());
		}
	}

	private boolean isAdministrator() {
		return session != null && session.isAdministrator();
	}

	private void updateButtons() {
		boolean admin = isAdministrator();
		boolean selected = table.selected() != null;
		dial.setEnabled(selected);
		adminOnly(create, admin, true);
		adminOnly(edit, admin, selected);
		adminOnly(delete, admin, selected);
		adminOnly(importButton, admin, true);
		adminOnly(exportButton, admin, true);
	}

	private static void adminOnly(Button b, boolean admin, boolean possible) {
		b.setEnabled(admin && possible);
		b.setToolTipText(admin ? (String) b.getData("tip") : Messages.Customers_adminOnly);
	}

	// ---- search results (CustomerSearch.View) ----

	@Override
	public void showHits(String text, List<Hit> hits, SearchScope scope) {
		table.show(hits);
		updateButtons();
		if (text.isEmpty()) {
			showCount();
		} else if (hits.isEmpty()) {
			showStatus(scope == SearchScope.QUICK ? NLS.bind(Messages.Customers_searchingAll, text)
					: NLS.bind(Messages.Customers_none, text), false);
		} else {
			String shown = hits.size() >= CustomerSearch.LIMIT ? NLS.bind(Messages.Customers_first, hits.size())
					: NLS.bind(Messages.Customers_found, hits.size());
			showStatus(scope == SearchScope.QUICK ? shown + " " + Messages.Customers_more : shown, false);
		}
	}

	@Override
	public void showSearching(String text) {
		// the quick answer follows within milliseconds; the table keeps the last results meanwhile
	}

	@Override
	public void showFailure(String message) {
		showStatus(message, true);
	}

	private void showCount() {
		if (customers == null || session == null) {
			showStatus(Messages.Customers_noStore, true);
			return;
		}
		OperatorSession who = session;
		background.run(() -> customers.count(who), n -> {
			if (searcher.text().isEmpty()) {
				showStatus(NLS.bind(Messages.Customers_count, n), false);
			}
		}, e -> showStatus(Failures.text(e), true));
	}

	private void showStatus(String text, boolean error) {
		status.setText(text);
		status.setForeground(error ? status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		status.getParent().layout(true, true);
	}

	/** The outcome of the last action (dial, save, delete, import, export), until the next one. */
	private void showMessage(String text, boolean error) {
		message.setText(text);
		message.setForeground(status.getDisplay().getSystemColor(error ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GREEN));
		((org.eclipse.swt.layout.GridData) message.getLayoutData()).exclude = text.isEmpty();
		message.setVisible(!text.isEmpty());
		message.getParent().layout(true, true);
	}

	// ---- actions ----

	private void dialSelected() {
		Customer c = table.selected();
		if (c != null && !c.getNumbers().isEmpty()) {
			dialer.dial(c.getNumbers().get(0).getNumber(), c.getName());
		}
	}

	private void editSelected() {
		Customer c = table.selected();
		if (c != null && isAdministrator()) {
			openEditor(c);
		}
	}

	private void openEditor(Customer original) {
		if (customers == null) {
			showMessage(Messages.Customers_noStore, true);
			return;
		}
		CustomerDialog dialog = new CustomerDialog(search.getShell(), original, customers, session, background);
		if (dialog.open() == Window.OK && dialog.saved() != null) {
			showMessage(NLS.bind(Messages.Customers_saved, dialog.saved().getName()), false);
			if (search.getText().isBlank()) {
				search.setText(dialog.saved().getName()); // shows the new customer
			} else {
				searcher.searchNow();
			}
		}
	}

	private void deleteSelected() {
		Customer c = table.selected();
		if (c == null || !isAdministrator() || !MessageDialog.openConfirm(search.getShell(),
				Messages.Customers_deleteTitle, NLS.bind(Messages.Customers_deleteQuestion, c.getName()))) {
			return;
		}
		OperatorSession who = session;
		background.run(() -> customers.delete(who, c.getId()), gone -> {
			showMessage(NLS.bind(gone ? Messages.Customers_deleted : Messages.Customers_alreadyGone, c.getName()),
					false);
			searcher.searchNow();
			if (searcher.text().isEmpty()) {
				showCount();
			}
		}, e -> showMessage(Failures.text(e), true));
	}

	/** An import or export ended: the outcome, and fresh results. */
	private void transferred(String outcome, boolean error) {
		showMessage(outcome, error);
		if (searcher.text().isEmpty()) {
			showCount();
		} else {
			searcher.searchNow();
		}
	}
}
