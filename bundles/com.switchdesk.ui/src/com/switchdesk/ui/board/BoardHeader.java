package com.switchdesk.ui.board;

import java.text.NumberFormat;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.callcontrol.ExtensionBoard.BoardCounts;
import com.switchdesk.ui.WidgetIds;

/**
 * The row above the board: how many extensions are idle, talking, ringing and out of service, and
 * the type-to-locate field.
 */
final class BoardHeader {

	/** What typing in the locate field does. */
	interface Locator {
		/** The text changed: find and highlight (empty text clears). */
		void locate(String query);

		/** Enter: move the keyboard focus to the located tile. */
		void goToLocated();
	}

	private static final Color NOT_FOUND = new Color(0xFF, 0xE3, 0xE3);

	private final Composite row;
	private final CLabel idle;
	private final CLabel talking;
	private final CLabel ringing;
	private final CLabel outOfService;
	private final Text locate;
	private final NumberFormat format = NumberFormat.getIntegerInstance();

	BoardHeader(Composite parent, Swatches swatches, Locator locator) {
		row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 4).applyTo(row);
		Composite counts = WidgetIds.tag(new Composite(row, SWT.NONE), "board.counts");
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(14, 0).applyTo(counts);
		counts.setToolTipText(Messages.Counts_tooltip);
		idle = counter(counts, swatches.of(Lamp.IDLE), "board.counts.idle");
		talking = counter(counts, swatches.of(Lamp.TALKING), "board.counts.talking");
		ringing = counter(counts, swatches.of(Lamp.RINGING), "board.counts.ringing");
		outOfService = counter(counts, swatches.of(Lamp.OUT_OF_SERVICE), "board.counts.outOfService");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.BEGINNING, SWT.CENTER).applyTo(counts);

		Label label = new Label(row, SWT.NONE);
		label.setText(Messages.Locate_label);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(label);
		locate = WidgetIds.tag(new Text(row, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.SINGLE),
				"board.locate");
		locate.setMessage(Messages.Locate_hint);
		locate.setToolTipText(Messages.Locate_tooltip);
		GridDataFactory.fillDefaults().hint(170, SWT.DEFAULT).align(SWT.END, SWT.CENTER).applyTo(locate);
		locate.addListener(SWT.Modify, e -> locator.locate(locate.getText()));
		locate.addListener(SWT.DefaultSelection, e -> {
			if (e.detail != SWT.ICON_CANCEL) {
				locator.goToLocated();
			}
		});
		locate.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_ESCAPE) {
				e.doit = false; // Esc clears the field rather than closing anything
				locate.setText("");
			}
		});
		showCounts(new BoardCounts(0, 0, 0, 0));
	}

	private static CLabel counter(Composite parent, Image swatch, String id) {
		CLabel label = WidgetIds.tag(new CLabel(parent, SWT.NONE), id);
		label.setImage(swatch);
		label.setMargins(0, 0, 0, 0);
		return label;
	}

	Composite control() {
		return row;
	}

	void showCounts(BoardCounts counts) {
		set(idle, Messages.Counts_idle, counts.idle());
		set(talking, Messages.Counts_talking, counts.talking());
		set(ringing, Messages.Counts_ringing, counts.ringing());
		set(outOfService, Messages.Counts_outOfService, counts.outOfService());
	}

	private void set(CLabel label, String pattern, int value) {
		String text = NLS.bind(pattern, format.format(value));
		String old = label.getText();
		if (!text.equals(old)) {
			label.setText(text);
			// digits are equally wide, so only a change in length can need more room
			if (old == null || old.length() != text.length()) {
				row.layout(new Control[] { label });
			}
		}
	}

	/** Typing a character on the board continues here. */
	void typeAhead(char character) {
		locate.setFocus();
		locate.setText(locate.getText() + character);
		locate.setSelection(locate.getText().length());
	}

	void clearLocate() {
		locate.setText("");
	}

	/** Marks the field when nothing matches, saying so in its tooltip. */
	void showFound(boolean found) {
		String query = locate.getText();
		boolean miss = !found && !query.isBlank();
		locate.setBackground(miss ? NOT_FOUND : null);
		locate.setToolTipText(miss ? NLS.bind(Messages.Locate_notFound, query.strip()) : Messages.Locate_tooltip);
	}
}
