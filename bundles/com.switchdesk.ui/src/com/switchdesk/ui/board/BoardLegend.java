package com.switchdesk.ui.board;

import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;

import com.switchdesk.ui.WidgetIds;

/** The key to the tiles: each lamp's swatch (fill and glyph) with its meaning, in one row. */
final class BoardLegend {

	private BoardLegend() {
	}

	static Composite create(Composite parent, Swatches swatches) {
		Composite row = WidgetIds.tag(new Composite(parent, SWT.NONE), "board.legend");
		RowLayoutFactory.fillDefaults().wrap(true).spacing(10).margins(6, 3).applyTo(row);
		entry(row, swatches.namedIdle(), Messages.Legend_named);
		entry(row, swatches.of(Lamp.IDLE), Messages.Legend_unnamed);
		entry(row, swatches.of(Lamp.RINGING), Messages.Legend_ringing);
		entry(row, swatches.of(Lamp.TALKING), Messages.Legend_talking);
		entry(row, swatches.of(Lamp.HELD), Messages.Legend_held);
		entry(row, swatches.of(Lamp.PARKED), Messages.Legend_parked);
		entry(row, swatches.of(Lamp.DND), Messages.Legend_dnd);
		entry(row, swatches.of(Lamp.OUT_OF_SERVICE), Messages.Legend_outOfService);
		return row;
	}

	private static void entry(Composite row, Image swatch, String text) {
		CLabel label = new CLabel(row, SWT.NONE);
		label.setImage(swatch);
		label.setText(text);
		label.setMargins(0, 0, 0, 0);
	}
}
