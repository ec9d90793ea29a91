package com.switchdesk.ui.directory;

import java.util.function.BooleanSupplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import com.switchdesk.model.Customer;
import com.switchdesk.model.PhoneNumber;

/** The result row's context menu: dial any of the customer's numbers; edit and delete for administrators. */
final class CustomerMenu {

	CustomerMenu(CustomerTable table, Dialer dialer, Runnable edit, Runnable delete, BooleanSupplier administrator) {
		Menu menu = new Menu(table.table());
		table.table().setMenu(menu);
		menu.addListener(SWT.Show, e -> {
			for (MenuItem item : menu.getItems()) {
				item.dispose();
			}
			Customer c = table.selected();
			if (c == null) {
				return;
			}
			for (PhoneNumber n : c.getNumbers()) {
				MenuItem item = new MenuItem(menu, SWT.PUSH);
				item.setText(NLS.bind(Messages.Customers_dialNumber, CustomerTexts.number(n)));
				item.addListener(SWT.Selection, x -> dialer.dial(n.getNumber(), c.getName()));
			}
			new MenuItem(menu, SWT.SEPARATOR);
			MenuItem editItem = new MenuItem(menu, SWT.PUSH);
			editItem.setText(Messages.Customers_edit);
			editItem.setEnabled(administrator.getAsBoolean());
			editItem.addListener(SWT.Selection, x -> edit.run());
			MenuItem deleteItem = new MenuItem(menu, SWT.PUSH);
			deleteItem.setText(Messages.Customers_delete);
			deleteItem.setEnabled(administrator.getAsBoolean());
			deleteItem.addListener(SWT.Selection, x -> delete.run());
		});
	}
}
