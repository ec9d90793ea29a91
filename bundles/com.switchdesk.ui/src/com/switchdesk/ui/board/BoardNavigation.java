package com.switchdesk.ui.board;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;

import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.board.BoardTabs.Tab;

/**
 * The tab strip (frequent numbers, groups, ungrouped) with the page bar beside it. The tabs only
 * choose which extensions the one canvas below shows; they hold no widgets of their own.
 */
final class BoardNavigation {

	private final Composite row;
	private final CTabFolder folder;
	private final PageBar pages;
	private final Consumer<Tab> onSelect;
	private List<Tab> tabs = List.of();

	BoardNavigation(Composite parent, BoardCanvas canvas, Consumer<Tab> onSelect) {
		this.onSelect = onSelect;
		row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 0).applyTo(row);
		folder = WidgetIds.tag(new CTabFolder(row, SWT.FLAT | SWT.TOP), "board.tabs");
		folder.setMRUVisible(false);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.END).applyTo(folder);
		folder.addListener(SWT.Selection, e -> {
			if (e.item instanceof CTabItem item && item.getData() instanceof Tab tab) {
				this.onSelect.accept(tab);
			}
		});
		pages = new PageBar(row, canvas);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(pages.control());
	}

	Composite control() {
		return row;
	}

	/** Shows these tabs with {@code selected} chosen. */
	void setTabs(List<Tab> newTabs, Tab selected) {
		if (!newTabs.equals(tabs)) {
			tabs = List.copyOf(newTabs);
			for (CTabItem item : folder.getItems()) {
				item.dispose();
			}
			for (Tab tab : tabs) {
				CTabItem item = WidgetIds.tag(new CTabItem(folder, SWT.NONE), "board.tab." + tab.id());
				item.setText(tab.name());
				item.setData(tab);
			}
			// the strip holds no content: a height hint of 0 for the (empty) client area leaves just the tabs
			GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.END).hint(SWT.DEFAULT, 0)
					.applyTo(folder);
			row.layout(true);
		}
		select(selected);
	}

	void select(Tab tab) {
		for (CTabItem item : folder.getItems()) {
			if (tab.equals(item.getData())) {
				folder.setSelection(item);
			}
		}
	}

	/** Brings the page bar up to date with the canvas (after a scroll, resize or new tiles). */
	void viewportChanged() {
		pages.update();
	}
}
