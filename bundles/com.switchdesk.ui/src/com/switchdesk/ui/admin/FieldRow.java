package com.switchdesk.ui.admin;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.pbx.model.ExtensionServices;
import com.switchdesk.ui.WidgetIds;

/**
 * One service in the batch editor: a "change this" tick (labelled with the service) and its value.
 * Editing the value ticks the row, so the administrator just sets what should change; a ticked row's
 * label is bold. Unticked rows keep each extension's own value.
 */
final class FieldRow {

	private final ServiceField field;
	private final Button tick;
	private final Runnable changed;
	private Button flag;
	private Spinner level;
	private Combo choice;
	private Text number;
	private boolean loading;

	FieldRow(Composite parent, ServiceField field, Runnable changed) {
		this.field = field;
		this.changed = changed;
		tick = WidgetIds.tag(new Button(parent, SWT.CHECK), "services.change." + field.name());
		tick.setText(AdminTexts.label(field));
		tick.setToolTipText(Messages.Editor_tickTip);
		tick.addListener(SWT.Selection, e -> {
			marked();
			changed.run();
		});
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).applyTo(tick);
		switch (field.kind()) {
		case FLAG -> flag = check(parent, "services.value." + field.name());
		case LEVEL -> {
			level = WidgetIds.tag(new Spinner(parent, SWT.BORDER), "services.value." + field.name());
			level.setValues(0, 0, ExtensionServices.LOWEST_LEVEL, 0, 1, 4);
			level.addListener(SWT.Modify, e -> edited());
		}
		case CHOICE -> {
			choice = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), "services.value." + field.name());
			field.choices().forEach(c -> choice.add(AdminTexts.value(c)));
			choice.select(0);
			choice.addListener(SWT.Selection, e -> edited());
		}
		case HOTLINE -> {
			Composite box = new Composite(parent, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
			flag = check(box, "services.value." + field.name());
			number = WidgetIds.tag(new Text(box, SWT.BORDER | SWT.SINGLE), "services.value." + field.name() + ".number");
			number.setMessage(Messages.Editor_hotlineNumber);
			number.setTextLimit(24);
			number.addListener(SWT.Verify, e -> e.doit = e.text.chars().allMatch(c -> "0123456789*#".indexOf(c) >= 0));
			number.addListener(SWT.Modify, e -> edited());
			GridDataFactory.fillDefaults().grab(true, false).hint(90, SWT.DEFAULT).applyTo(number);
		}
		}
	}

	private Button check(Composite parent, String id) {
		Button b = WidgetIds.tag(new Button(parent, SWT.CHECK), id);
		b.setText(Messages.Value_on);
		b.addListener(SWT.Selection, e -> edited());
		return b;
	}

	private void edited() {
		if (!loading) {
			tick.setSelection(true);
			marked();
			changed.run();
		}
	}

	private void marked() {
		tick.setFont(tick.getSelection() ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT)
				: JFaceResources.getDefaultFont());
		tick.getParent().layout(true);
	}

	ServiceField field() {
		return field;
	}

	boolean isTicked() {
		return tick.getSelection();
	}

	void untick() {
		tick.setSelection(false);
		marked();
	}

	/** Shows an extension's value (only while unticked: a ticked row keeps what the administrator set). */
	void show(ExtensionServices services) {
		if (isTicked()) {
			return;
		}
		Object v = field.get(services);
		loading = true;
		try {
			switch (field.kind()) {
			case FLAG -> flag.setSelection((Boolean) v);
			case LEVEL -> level.setSelection((Integer) v);
			case CHOICE -> choice.select(field.choices().indexOf(v));
			case HOTLINE -> {
				flag.setSelection(((ServiceField.Hotline) v).enabled());
				number.setText(((ServiceField.Hotline) v).enabled() ? ((ServiceField.Hotline) v).number()
						: services.hotlineNumber());
			}
			}
		} finally {
			loading = false;
		}
	}

	Object value() {
		return switch (field.kind()) {
		case FLAG -> flag.getSelection();
		case LEVEL -> level.getSelection();
		case CHOICE -> field.choices().get(Math.max(0, choice.getSelectionIndex()));
		case HOTLINE -> new ServiceField.Hotline(flag.getSelection(), flag.getSelection() ? number.getText().strip() : "");
		};
	}

	/** Why this row's value cannot be sent, or null. */
	String problem() {
		if (isTicked() && value() instanceof ServiceField.Hotline h && h.enabled() && h.number().isEmpty()) {
			return Messages.Editor_hotlineNeedsNumber;
		}
		return null;
	}
}
