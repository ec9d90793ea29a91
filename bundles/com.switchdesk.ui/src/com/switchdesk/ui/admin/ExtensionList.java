package com.switchdesk.ui.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.pbx.model.Extension;
import com.switchdesk.ui.WidgetIds;

/**
 * The extensions to work on: a filter field, then a multi-select table of number, name, office
 * flag and key services. Office extensions are shaded and say "Office". The table is virtual (only
 * the rows on screen are labelled, so only their services are read) and its selection is kept by
 * number, so it survives lamp changes, refreshes and filtering.
 */
final class ExtensionList {

	static final RGB OFFICE = new RGB(0xff, 0xe3, 0xb8);

	private final ServicesPresenter presenter;
	private final Consumer<List<String>> selected;
	private final LocalResourceManager resources;
	private final Text filter;
	private final TableViewer viewer;
	private final Table table;
	private final Label count;
	private List<String> shown = List.of();

	ExtensionList(Composite parent, ServicesPresenter presenter, Consumer<List<String>> selected) {
		this.presenter = presenter;
		this.selected = selected;
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(box);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(box);
		filter = WidgetIds.tag(new Text(box, SWT.BORDER | SWT.SINGLE), "services.filter");
		filter.setMessage(Messages.List_filterHint);
		filter.setToolTipText(Messages.List_filterTip);
		filter.addListener(SWT.Modify, e -> presenter.filter(filter.getText()));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);

		viewer = new TableViewer(box, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.VIRTUAL);
		table = WidgetIds.tag(viewer.getTable(), "services.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(380, 200).applyTo(table);
		column(Messages.List_number, 84, n -> n);
		column(Messages.List_name, 130, n -> presenter.extension(n).map(Extension::userName).orElse(""));
		column(Messages.List_office, 70, n -> presenter.extension(n).map(Extension::office).orElse(false)
				? Messages.List_officeYes : "");
		column(Messages.List_services, 260, n -> presenter.services(n).map(AdminTexts::summary)
				.orElse(Messages.List_reading));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		table.addListener(SWT.Selection, e -> changed());

		count = WidgetIds.tag(new Label(box, SWT.NONE), "services.count");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
	}

	private void column(String title, int width, Function<String, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((String) element);
			}

			@Override
			public String getToolTipText(Object element) {
				String t = getText(element);
				return t.isEmpty() ? null : t;
			}

			@Override
			public Color getBackground(Object element) {
				boolean office = presenter.extension((String) element).map(Extension::office).orElse(false);
				return office ? resources.create(ColorDescriptor.createFrom(OFFICE)) : null;
			}
		});
	}

	/** Shows these extensions, keeping the selection of those still shown. */
	void show(List<Extension> extensions) {
		List<String> keep = selection();
		shown = extensions.stream().map(Extension::number).toList();
		viewer.setInput(shown);
		select(keep);
		changed();
	}

	void refresh() {
		viewer.refresh();
	}

	/** The selected numbers, in list order. */
	List<String> selection() {
		int[] indices = table.getSelectionIndices();
		Arrays.sort(indices);
		List<String> numbers = new ArrayList<>(indices.length);
		for (int i : indices) {
			if (i < shown.size()) {
				numbers.add(shown.get(i));
			}
		}
		return numbers;
	}

	private void select(List<String> numbers) {
		table.setSelection(numbers.stream().mapToInt(shown::indexOf).filter(i -> i >= 0).toArray());
	}

	private void changed() {
		count.setText(NLS.bind(Messages.List_count, shown.size(), table.getSelectionCount()));
		selected.accept(selection());
	}

	void selectAllShown() {
		table.selectAll();
		table.setFocus();
		changed();
	}

	/** Clears the filter and selects one extension (the "edit this extension's services" path). */
	void selectOnly(String number) {
		if (!filter.getText().isEmpty()) {
			filter.setText("");
		}
		select(List.of(number));
		table.showSelection();
		changed();
	}
}
