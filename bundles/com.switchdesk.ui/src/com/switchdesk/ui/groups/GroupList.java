package com.switchdesk.ui.groups;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import com.switchdesk.model.ExtensionGroup;
import com.switchdesk.ui.WidgetIds;

/** The groups in tab order with their sizes, and the buttons to create, rename and delete one. */
final class GroupList {

	private final Table table;
	private final Button rename;
	private final Button delete;
	private List<ExtensionGroup> groups = List.of();
	private ExtensionGroup selected;

	/** @param select asked before another group is selected; false keeps the old one */
	GroupList(Composite parent, Predicate<ExtensionGroup> select, Runnable create, Consumer<ExtensionGroup> renameGroup,
			Consumer<ExtensionGroup> deleteGroup) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(root);
		table = WidgetIds.tag(new Table(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "groups.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(220, 260).applyTo(table);
		TableColumn name = new TableColumn(table, SWT.LEFT);
		name.setText(Messages.Groups_colName);
		name.setWidth(150);
		TableColumn size = new TableColumn(table, SWT.RIGHT);
		size.setText(Messages.Groups_colSize);
		size.setWidth(80);
		Button add = button(root, "groups.new", Messages.Groups_new);
		rename = button(root, "groups.rename", Messages.Groups_rename);
		delete = button(root, "groups.delete", Messages.Groups_delete);
		add.addListener(SWT.Selection, e -> create.run());
		rename.addListener(SWT.Selection, e -> {
			if (selected != null) {
				renameGroup.accept(selected);
			}
		});
		delete.addListener(SWT.Selection, e -> {
			if (selected != null) {
				deleteGroup.accept(selected);
			}
		});
		table.addListener(SWT.Selection, e -> {
			ExtensionGroup g = e.item instanceof TableItem item ? (ExtensionGroup) item.getData() : null;
			if (g != selected) {
				if (select.test(g)) {
					selected = g;
				} else {
					select(selected);
				}
			}
			update();
		});
		update();
	}

	private static Button button(Composite parent, String id, String text) {
		Button b = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
		b.setText(text);
		return b;
	}

	void show(List<ExtensionGroup> newGroups) {
		groups = newGroups;
		table.removeAll();
		for (ExtensionGroup g : groups) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { g.getName(), Integer.toString(g.getExtensionNumbers().size()) });
			item.setData(g);
		}
		update();
	}

	/** Selects a group (null: none) without asking. */
	void select(ExtensionGroup group) {
		selected = group;
		table.deselectAll();
		for (TableItem item : table.getItems()) {
			if (group != null && ((ExtensionGroup) item.getData()).getId() == group.getId()) {
				table.setSelection(item);
			}
		}
		update();
	}

	/** The names of the groups other than {@code group} that hold {@code number}. */
	String otherGroups(String number, ExtensionGroup group) {
		return groups.stream().filter(g -> group == null || g.getId() != group.getId())
				.filter(g -> g.getExtensionNumbers().contains(number)).map(ExtensionGroup::getName)
				.collect(Collectors.joining(", "));
	}

	private void update() {
		rename.setEnabled(selected != null);
		delete.setEnabled(selected != null);
	}
}
