package com.switchdesk.ui.board;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import com.switchdesk.ui.WidgetIds;

/**
 * Page: [◀] [1] [2] … [▶], the seed's [第1页] [第2页]: each page is one screenful of tiles. Shows
 * at most {@value #WINDOW} page buttons around the current page, so 10,000 extensions do not make a
 * wall of buttons; each button's tooltip names the extensions on that page.
 */
final class PageBar {

	private static final int WINDOW = 7;

	private final BoardCanvas canvas;
	private final Composite row;
	private final ToolBar bar;
	private final ToolItem previous;
	private final ToolItem next;
	private final Label total;
	private ToolItem[] pageItems = new ToolItem[0];
	private int firstShown = -1;
	private int pageCount = -1;

	PageBar(Composite parent, BoardCanvas canvas) {
		this.canvas = canvas;
		row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(2, 0).applyTo(row);
		Label label = new Label(row, SWT.NONE);
		label.setText(Messages.Pages_label);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(label);
		bar = WidgetIds.tag(new ToolBar(row, SWT.FLAT | SWT.RIGHT), "board.pages");
		previous = WidgetIds.tag(new ToolItem(bar, SWT.PUSH), "board.page.previous");
		previous.setText("\u25c0");
		previous.setToolTipText(Messages.Pages_previous);
		previous.addListener(SWT.Selection, e -> canvas.showPage(canvas.page() - 1));
		next = WidgetIds.tag(new ToolItem(bar, SWT.PUSH), "board.page.next");
		next.setText("\u25b6");
		next.setToolTipText(Messages.Pages_next);
		next.addListener(SWT.Selection, e -> canvas.showPage(canvas.page() + 1));
		total = WidgetIds.tag(new Label(row, SWT.NONE), "board.pages.total");
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(total);
	}

	Composite control() {
		return row;
	}

	void update() {
		int count = canvas.pageCount();
		int current = canvas.page();
		int first = Math.max(0, Math.min(current - WINDOW / 2, count - WINDOW));
		if (count != pageCount || first != firstShown) {
			total.setText(NLS.bind(Messages.Pages_of, count));
			rebuild(first, Math.min(WINDOW, count));
			pageCount = count;
			firstShown = first;
		}
		for (ToolItem item : pageItems) {
			int page = (Integer) item.getData();
			item.setSelection(page == current);
			item.setToolTipText(range(page));
		}
		previous.setEnabled(current > 0);
		next.setEnabled(current < count - 1);
	}

	private void rebuild(int first, int shown) {
		for (ToolItem item : pageItems) {
			item.dispose();
		}
		pageItems = new ToolItem[shown];
		for (int i = 0; i < shown; i++) {
			int page = first + i;
			// inserted before the "next" arrow; radio items keep exactly one page selected
			ToolItem item = WidgetIds.tag(new ToolItem(bar, SWT.RADIO, 1 + i), "board.page." + (page + 1));
			item.setText(" " + (page + 1) + " ");
			item.setData(page);
			item.addListener(SWT.Selection, e -> {
				if (item.getSelection()) {
					canvas.showPage(page);
				}
			});
			pageItems[i] = item;
		}
		row.getParent().layout(true, true);
	}

	private String range(int page) {
		String first = canvas.numberAt(canvas.firstIndexOfPage(page));
		String last = canvas.numberAt(canvas.lastIndexOfPage(page));
		return first == null ? null : NLS.bind(Messages.Pages_range, first, last);
	}
}
