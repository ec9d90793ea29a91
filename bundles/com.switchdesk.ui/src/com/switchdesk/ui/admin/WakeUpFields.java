package com.switchdesk.ui.admin;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.pbx.model.WakeUpCycle;
import com.switchdesk.pbx.model.WakeUpOrder;
import com.switchdesk.ui.WidgetIds;

/**
 * The fields of a wake-up order: time 1, time 2 (optional), cycle, the days of a custom cycle, on/off.
 * In bulk mode each field has a "change this" tick, ticked by editing the field; unticked fields
 * keep each room's own value.
 */
final class WakeUpFields {

	enum Field {
		TIME1, TIME2, CYCLE, ENABLED
	}

	private final boolean bulk;
	private final Runnable changed;
	private final Map<Field, Button> ticks = new EnumMap<>(Field.class);
	private final Map<DayOfWeek, Button> days = new EnumMap<>(DayOfWeek.class);
	private final Text time1;
	private final Text time2;
	private final Combo cycle;
	private final Button enabled;
	private boolean loading;

	WakeUpFields(Composite parent, String id, boolean bulk, Runnable changed) {
		this.bulk = bulk;
		this.changed = changed;
		time1 = text(caption(parent, id, Field.TIME1, Messages.Order_time1), id + ".time1");
		time2 = text(caption(parent, id, Field.TIME2, Messages.Order_time2), id + ".time2");
		time2.setMessage(Messages.Order_time2None);
		caption(parent, id, Field.CYCLE, Messages.Order_cycle);
		cycle = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), id + ".cycle");
		for (WakeUpCycle c : WakeUpCycle.values()) {
			cycle.add(WakeUpTexts.cycle(c));
		}
		cycle.select(WakeUpCycle.DAILY.ordinal());
		cycle.addListener(SWT.Selection, e -> edited(Field.CYCLE));
		new Label(parent, SWT.NONE).setText(Messages.Order_days);
		Composite dayBox = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(7).spacing(8, 0).applyTo(dayBox);
		for (DayOfWeek d : DayOfWeek.values()) {
			Button b = WidgetIds.tag(new Button(dayBox, SWT.CHECK), id + ".day." + d.name());
			b.setText(WakeUpTexts.day(d));
			b.addListener(SWT.Selection, e -> edited(Field.CYCLE));
			days.put(d, b);
		}
		caption(parent, id, Field.ENABLED, Messages.Order_enabled);
		enabled = WidgetIds.tag(new Button(parent, SWT.CHECK), id + ".enabled");
		enabled.setText(Messages.Order_enabledOn);
		enabled.setSelection(true);
		enabled.addListener(SWT.Selection, e -> edited(Field.ENABLED));
		showDays();
	}

	private Control caption(Composite parent, String id, Field field, String text) {
		if (!bulk) {
			Label l = new Label(parent, SWT.NONE);
			l.setText(text);
			return l;
		}
		Button tick = WidgetIds.tag(new Button(parent, SWT.CHECK), id + ".tick." + field.name().toLowerCase());
		tick.setText(text);
		tick.setToolTipText(Messages.Bulk_tickTip);
		tick.addListener(SWT.Selection, e -> {
			marked(tick);
			changed.run();
		});
		ticks.put(field, tick);
		return tick;
	}

	private Text text(Control caption, String id) {
		Text t = WidgetIds.tag(new Text(caption.getParent(), SWT.BORDER | SWT.SINGLE), id);
		t.setTextLimit(8);
		t.setToolTipText(Messages.Order_timeTip);
		GridDataFactory.swtDefaults().hint(90, SWT.DEFAULT).applyTo(t);
		Field f = id.endsWith("1") ? Field.TIME1 : Field.TIME2;
		t.addListener(SWT.Modify, e -> edited(f));
		return t;
	}

	private void edited(Field field) {
		showDays();
		if (loading) {
			return;
		}
		Button tick = ticks.get(field);
		if (tick != null && !tick.getSelection()) {
			tick.setSelection(true);
			marked(tick);
		}
		changed.run();
	}

	private static void marked(Button tick) {
		tick.setFont(tick.getSelection() ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT)
				: JFaceResources.getDefaultFont());
	}

	private void showDays() {
		boolean custom = cycle() == WakeUpCycle.CUSTOM;
		days.values().forEach(b -> b.setEnabled(custom));
	}

	void load(WakeUpOrder o) {
		loading = true;
		try {
			time1.setText(WakeUpTexts.time(o.time1()));
			time2.setText(WakeUpTexts.time2(o));
			cycle.select(o.cycle().ordinal());
			days.forEach((d, b) -> b.setSelection(o.days().contains(d)));
			enabled.setSelection(o.enabled());
		} finally {
			loading = false;
		}
		showDays();
	}

	void focus() {
		time1.setFocus();
	}

	boolean ticked(Field field) {
		return !bulk || ticks.get(field).getSelection();
	}

	boolean anyTicked() {
		return ticks.values().stream().anyMatch(Button::getSelection);
	}

	WakeUpCycle cycle() {
		return WakeUpCycle.values()[Math.max(0, cycle.getSelectionIndex())];
	}

	Optional<LocalTime> time1() {
		return WakeUpTexts.parseTime(time1.getText());
	}

	Optional<LocalTime> time2() {
		return WakeUpTexts.parseTime(time2.getText());
	}

	/** What is wrong with the ticked fields by themselves, or null. */
	String problem() {
		if (ticked(Field.TIME1) && time1().isEmpty()) {
			return NLS.bind(Messages.Order_timeInvalid, Messages.Order_time1);
		}
		if (ticked(Field.TIME2) && !time2.getText().isBlank() && time2().isEmpty()) {
			return NLS.bind(Messages.Order_timeInvalid, Messages.Order_time2);
		}
		if (ticked(Field.CYCLE) && cycle() == WakeUpCycle.CUSTOM && chosenDays().isEmpty()) {
			return Messages.Order_daysNeeded;
		}
		return null;
	}

	private Set<DayOfWeek> chosenDays() {
		Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
		days.forEach((d, b) -> {
			if (b.getSelection()) {
				set.add(d);
			}
		});
		return set;
	}

	/**
	 * The room's order with the ticked fields set: based on its current order, or for a room without
	 * one on a daily order that is on. Call only when {@link #problem()} is null and, for a room
	 * without an order, time 1 is ticked.
	 *
	 * @throws IllegalArgumentException when the result is not a valid order (time 2 not after time 1)
	 */
	WakeUpOrder applyTo(String room, Optional<WakeUpOrder> current) {
		WakeUpOrder base = current.orElse(null);
		LocalTime t1 = ticked(Field.TIME1) ? time1().orElseThrow() : base.time1();
		Optional<LocalTime> t2 = ticked(Field.TIME2) ? time2() : base == null ? Optional.empty() : base.time2();
		WakeUpCycle c = ticked(Field.CYCLE) ? cycle() : base == null ? WakeUpCycle.DAILY : base.cycle();
		Set<DayOfWeek> d = c != WakeUpCycle.CUSTOM ? Set.of()
				: ticked(Field.CYCLE) ? chosenDays() : base.days();
		boolean on = ticked(Field.ENABLED) ? enabled.getSelection() : base == null || base.enabled();
		if (t2.isPresent() && !t2.get().isAfter(t1)) {
			throw new IllegalArgumentException(NLS.bind(Messages.Order_time2BeforeTime1, WakeUpTexts.time(t2.get()),
					WakeUpTexts.time(t1)));
		}
		return new WakeUpOrder(room, t1, t2, c, d, on);
	}
}
