package com.switchdesk.ui.groups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.ui.WidgetIds;

/**
 * Every extension with a check box, to put many into a group at once (F17): a filter on number or name, and
 * buttons that tick or clear every extension the filter shows. The ticks survive filtering. A virtual table, so
 * that a PBX with thousands of extensions fills it at once.
 */
final class MemberChecklist {

	/** An extension as the list shows it. */
	record Extension(String number, String userName, String otherGroups) {
	}

	private final Composite root;
	private final Text filter;
	private final Table table;
	private final Runnable changed;
	private Map<String, Extension> all = new LinkedHashMap<>();
	private final Set<String> checked = new HashSet<>();
	private List<Extension> shown = List.of();

	MemberChecklist(Composite parent, Runnable changed) {
		this.changed = changed;
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(root);
		filter = WidgetIds.tag(new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "groups.filter");
		filter.setMessage(Messages.Members_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addListener(SWT.Modify, e -> refilter());
		Button tickShown = WidgetIds.tag(new Button(root, SWT.PUSH), "groups.checkShown");
		tickShown.setText(Messages.Members_checkShown);
		tickShown.setToolTipText(Messages.Members_checkShownTip);
		tickShown.addListener(SWT.Selection, e -> tickShown(true));
		Button clearShown = WidgetIds.tag(new Button(root, SWT.PUSH), "groups.uncheckShown");
		clearShown.setText(Messages.Members_uncheckShown);
		clearShown.setToolTipText(Messages.Members_uncheckShownTip);
		clearShown.addListener(SWT.Selection, e -> tickShown(false));
		table = WidgetIds.tag(new Table(root, SWT.CHECK | SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI),
				"groups.members");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(360, 260).applyTo(table);
		column(Messages.Members_colNumber, 110);
		column(Messages.Members_colName, 170);
		column(Messages.Members_colOtherGroups, 170);
		table.addListener(SWT.SetData, e -> {
			TableItem item = (TableItem) e.item;
			Extension x = shown.get(table.indexOf(item));
			item.setText(new String[] { x.number(), x.userName(), x.otherGroups() });
			item.setChecked(checked.contains(x.number()));
			item.setData(x.number());
		});
		table.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK && e.item instanceof TableItem item && item.getData() instanceof String n) {
				if (item.getChecked()) {
					checked.add(n);
				} else {
					checked.remove(n);
				}
				changed.run();
			}
		});
	}

	private void column(String title, int width) {
		TableColumn c = new TableColumn(table, SWT.LEFT);
		c.setText(title);
		c.setWidth(width);
	}

	Composite control() {
		return root;
	}

	/** Shows these extensions (sorted by number), with {@code members} ticked. */
	void show(List<Extension> extensions, Set<String> members) {
		all = new LinkedHashMap<>();
		extensions.stream().sorted(Comparator.comparing(Extension::number, MemberChecklist::byNumber))
				.forEach(x -> all.put(x.number(), x));
		checked.clear();
		checked.addAll(members);
		refilter();
	}

	/** The ticked extensions. */
	Set<String> checked() {
		return new TreeSet<>(checked);
	}

	void setEnabled(boolean enabled) {
		root.setEnabled(enabled);
		table.setEnabled(enabled);
	}

	private void refilter() {
		String f = filter.getText().strip().toLowerCase(Locale.ROOT);
		List<Extension> list = new ArrayList<>();
		for (Extension x : all.values()) {
			if (f.isEmpty() || x.number().contains(f) || x.userName().toLowerCase(Locale.ROOT).contains(f)) {
				list.add(x);
			}
		}
		shown = list;
		table.clearAll();
		table.setItemCount(shown.size());
	}

	private void tickShown(boolean tick) {
		for (Extension x : shown) {
			if (tick) {
				checked.add(x.number());
			} else {
				checked.remove(x.number());
			}
		}
		table.clearAll();
		changed.run();
	}

	/** Numbers in numeric order where both are digits ("8002" before "80010"). */
	static int byNumber(String a, String b) {
		if (a.matches("\\d+") && b.matches("\\d+") && a.length() != b.length()) {
			return Integer.compare(a.length(), b.length());
		}
		return a.compareTo(b);
	}
}
