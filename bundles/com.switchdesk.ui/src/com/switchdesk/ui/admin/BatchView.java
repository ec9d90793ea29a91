package com.switchdesk.ui.admin;

import java.util.List;
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
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;

import com.switchdesk.ui.WidgetIds;

/**
 * The batch's buttons, progress and list: Preview shows per extension what would change (office
 * extensions: "will be refused"); Apply writes it with a progress bar and Cancel; the list then
 * shows each extension's result, refusals with the PBX's reason.
 */
final class BatchView {

	private final LocalResourceManager resources;
	final Button preview;
	final Button apply;
	final Button cancel;
	final Button clear;
	private final ProgressBar progress;
	private final Label message;
	private final Label title;
	private final TableViewer viewer;

	BatchView(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(6, 4).applyTo(box);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(box);

		Composite buttons = new Composite(box, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(buttons);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
		preview = button(buttons, "services.preview", Messages.Batch_preview, Messages.Batch_previewTip);
		apply = button(buttons, "services.apply", Messages.Batch_apply, Messages.Batch_applyTip);
		cancel = button(buttons, "services.cancel", Messages.Batch_cancel, Messages.Batch_cancelTip);
		clear = button(buttons, "services.clearTicks", Messages.Batch_clearTicks, Messages.Batch_clearTicksTip);
		progress = WidgetIds.tag(new ProgressBar(buttons, SWT.HORIZONTAL | SWT.SMOOTH), "services.progress");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(progress);
		progress.setVisible(false);

		message = WidgetIds.tag(new Label(box, SWT.WRAP), "services.message");
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(message);
		title = WidgetIds.tag(new Label(box, SWT.NONE), "services.batch.title");
		title.setFont(JFaceResources.getBannerFont());
		title.setText(Messages.Batch_emptyTitle);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);

		viewer = new TableViewer(box, SWT.FULL_SELECTION | SWT.BORDER | SWT.MULTI);
		Table table = WidgetIds.tag(viewer.getTable(), "services.batch");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 120).applyTo(table);
		column(Messages.Batch_extension, 84, BatchLine::extension);
		column(Messages.Batch_name, 120, BatchLine::name);
		column(Messages.Batch_changes, 300, l -> l.changes().isEmpty() ? "" : AdminTexts.changes(l.changes()));
		column(Messages.Batch_status, 260, AdminTexts::status);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
	}

	private static Button button(Composite parent, String id, String text, String tip) {
		Button b = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
		b.setText(text);
		b.setToolTipText(tip);
		return b;
	}

	private void column(String heading, int width, Function<BatchLine, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(heading);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((BatchLine) element);
			}

			@Override
			public String getToolTipText(Object element) {
				String t = getText(element);
				return t.isEmpty() ? null : t;
			}

			@Override
			public Color getBackground(Object element) {
				return colour((BatchLine) element);
			}
		});
	}

	private Color colour(BatchLine line) {
		RGB rgb = switch (line.status()) {
		case WILL_CHANGE, DONE -> new RGB(0xdc, 0xf0, 0xdc);
		case WILL_BE_REFUSED, REFUSED, UNREADABLE -> new RGB(0xfa, 0xd4, 0xd0);
		case APPLYING -> new RGB(0xd6, 0xe6, 0xfa);
		case NO_CHANGE, UNCHANGED, CANCELLED -> null;
		};
		return rgb == null ? null : resources.create(ColorDescriptor.createFrom(rgb));
	}

	void show(List<BatchLine> lines, boolean results) {
		title.setText(lines.isEmpty() ? Messages.Batch_emptyTitle
				: results ? Messages.Batch_resultTitle : Messages.Batch_previewTitle);
		viewer.setInput(lines);
		// changes, then the status (last, so a long refusal can run on) as wide as their texts; the
		// tooltip has whatever a narrow window cuts off
		Table table = viewer.getTable();
		int[] max = { 0, 0, 360, 900 };
		for (int c = 2; c < table.getColumnCount(); c++) {
			table.getColumn(c).pack();
			table.getColumn(c).setWidth(Math.min(Math.max(table.getColumn(c).getWidth(), 140), max[c]));
		}
	}

	void progress(int done, int total) {
		progress.setVisible(total > 0);
		if (total > 0) {
			progress.setMaximum(total);
			progress.setSelection(done);
		}
	}

	void message(String text, boolean error) {
		message.setText(text);
		message.setForeground(error ? message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		((GridData) message.getLayoutData()).exclude = false;
		message.getParent().layout(true, true);
	}
}
