package com.switchdesk.ui.directory;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

import com.switchdesk.model.Customer;
import com.switchdesk.store.CustomerService.Hit;
import com.switchdesk.ui.WidgetIds;

/** The search results: name, company, numbers, e-mail and ringtone of each customer found. */
final class CustomerTable {

	private final TableViewer viewer;

	CustomerTable(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		Table table = WidgetIds.tag(viewer.getTable(), "customers.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column(Messages.Customers_colName, 150, Customer::getName);
		column(Messages.Customers_colCompany, 150, Customer::getCompany);
		column(Messages.Customers_colNumbers, 240, CustomerTexts::numbers);
		column(Messages.Customers_colEmail, 170, Customer::getEmail);
		column(Messages.Customers_colRingtone, 130, c -> CustomerTexts.toneName(c.getRingtone()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
	}

	private void column(String title, int width, Function<Customer, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return CustomerTexts.text(text.apply(((Hit) element).customer()));
			}
		});
	}

	Table table() {
		return viewer.getTable();
	}

	TableViewer viewer() {
		return viewer;
	}

	/** Shows the hits, keeping the selected customer selected when it is still among them. */
	void show(List<Hit> hits) {
		Customer selected = selected();
		viewer.setInput(hits);
		if (selected != null) {
			hits.stream().filter(h -> h.customer().getId() == selected.getId()).findFirst()
					.ifPresent(h -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(h), true));
		}
		if (viewer.getSelection().isEmpty() && !hits.isEmpty()) {
			// the first result is selected, so Enter or the Dial button calls it at once
			viewer.getTable().select(0);
		}
	}

	Customer selected() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return first instanceof Hit hit ? hit.customer() : null;
	}
}
