package com.switchdesk.ui.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.model.PopupMode;
import com.switchdesk.model.Settings;
import com.switchdesk.model.SwitchdeskPackage;
import com.switchdesk.store.Problem;
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.directory.RingtoneChooser;

/**
 * The settings' fields bound to the model's {@link Settings} attributes by name: loads the stored settings,
 * collects the edited ones, knows which fields differ from what is stored (their captions turn red until saved,
 * as in the seed's figure 26), and shows the store's problems under their fields.
 */
final class SettingsForm {

	private final class Field {
		final String key;
		final Label caption;
		final Label error;
		final Supplier<Object> value;
		final Consumer<Object> show;
		final List<Control> controls;

		Field(String key, Label caption, Label error, Supplier<Object> value, Consumer<Object> show,
				List<Control> controls) {
			this.key = key;
			this.caption = caption;
			this.error = error;
			this.value = value;
			this.show = show;
			this.controls = controls;
		}
	}

	private final Map<String, Field> fields = new LinkedHashMap<>();
	private final Runnable changed;
	private Settings baseline;
	private boolean loading;
	private boolean editable = true;
	private final List<Runnable> dependencies = new ArrayList<>();

	SettingsForm(Runnable changed) {
		this.changed = changed;
	}

	/** A section: a two-column grid of captions and controls. */
	static Composite section(Composite parent, String title) {
		org.eclipse.swt.widgets.Group g = new org.eclipse.swt.widgets.Group(parent, SWT.NONE);
		g.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(10, 4).applyTo(g);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(g);
		return g;
	}

	Text text(Composite section, String key, String caption, int limit) {
		Label l = caption(section, key, caption);
		Text t = WidgetIds.tag(new Text(section, SWT.BORDER), "settings." + key);
		t.setTextLimit(limit);
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(t);
		t.addListener(SWT.Modify, e -> edited());
		add(key, l, section, () -> t.getText().strip(), v -> t.setText(v == null ? "" : v.toString()), t);
		return t;
	}

	Button check(Composite section, String key, String caption, String text) {
		Label l = caption(section, key, caption);
		Button b = WidgetIds.tag(new Button(section, SWT.CHECK), "settings." + key);
		b.setText(text);
		b.addListener(SWT.Selection, e -> edited());
		add(key, l, section, b::getSelection, v -> b.setSelection(Boolean.TRUE.equals(v)), b);
		return b;
	}

	Spinner spinner(Composite section, String key, String caption, int max) {
		Label l = caption(section, key, caption);
		Spinner s = WidgetIds.tag(new Spinner(section, SWT.BORDER), "settings." + key);
		s.setValues(0, 0, max, 0, 1, 10);
		s.addListener(SWT.Modify, e -> edited());
		add(key, l, section, s::getSelection, v -> s.setSelection(v == null ? 0 : (Integer) v), s);
		return s;
	}

	void popupModes(Composite section, String key, String caption, Map<PopupMode, String> choices) {
		Label l = caption(section, key, caption);
		Composite box = new Composite(section, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(box);
		Map<PopupMode, Button> radios = new LinkedHashMap<>();
		choices.forEach((mode, text) -> {
			Button r = WidgetIds.tag(new Button(box, SWT.RADIO), "settings." + key + "." + mode.getName());
			r.setText(text);
			r.addListener(SWT.Selection, e -> edited());
			radios.put(mode, r);
		});
		add(key, l, section, () -> radios.entrySet().stream().filter(e -> e.getValue().getSelection())
				.map(Map.Entry::getKey).findFirst().orElse(null),
				v -> radios.forEach((mode, r) -> r.setSelection(mode == v)), radios.values().toArray(Control[]::new));
	}

	RingtoneChooser tone(Composite section, String key, String caption) {
		Label l = caption(section, key, caption);
		RingtoneChooser chooser = new RingtoneChooser(section, "settings." + key, false);
		chooser.addModifyListener(e -> edited());
		add(key, l, section, chooser::selected, v -> chooser.select(v == null || v.toString().isBlank() ? "0"
				: v.toString()), chooser.combo());
		return chooser;
	}

	private static Label caption(Composite section, String key, String text) {
		Label l = WidgetIds.tag(new Label(section, SWT.NONE), "settings." + key + ".label");
		l.setText(text);
		return l;
	}

	private void add(String key, Label caption, Composite section, Supplier<Object> value, Consumer<Object> show,
			Control... controls) {
		new Label(section, SWT.NONE).setLayoutData(hidden());
		Label error = WidgetIds.tag(new Label(section, SWT.WRAP), "settings." + key + ".error");
		error.setForeground(section.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		error.setLayoutData(hidden());
		error.setVisible(false);
		fields.put(key, new Field(key, caption, error, value, show, List.of(controls)));
	}

	private static GridData hidden() {
		GridData d = GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).create();
		d.exclude = true;
		return d;
	}

	/** Shows the stored settings; nothing is changed then. */
	void load(Settings stored) {
		baseline = EcoreUtil.copy(stored);
		loading = true;
		try {
			fields.values().forEach(f -> f.show.accept(baseline.eGet(attribute(f.key))));
		} finally {
			loading = false;
		}
		dependencies.forEach(Runnable::run);
		clearProblems();
		edited();
	}

	boolean isLoaded() {
		return baseline != null;
	}

	/** The stored settings with the fields' values. */
	Settings collect() {
		Settings s = EcoreUtil.copy(baseline);
		fields.values().forEach(f -> s.eSet(attribute(f.key), f.value.get()));
		return s;
	}

	/** The fields whose value is not the stored one. */
	Set<String> changedFields() {
		Set<String> result = new TreeSet<>();
		if (baseline != null) {
			for (Field f : fields.values()) {
				if (!Objects.equals(normal(f.key, baseline.eGet(attribute(f.key))), normal(f.key, f.value.get()))) {
					result.add(f.key);
				}
			}
		}
		return result;
	}

	private static Object normal(String key, Object value) {
		Object v = value == null && !key.equals("popupMode") ? "" : value;
		if (v instanceof String s) {
			// never saved and tone 0 are the same ringtone
			return s.isBlank() && key.equals("internalRingtone") ? "0" : s.strip();
		}
		return v;
	}

	private void edited() {
		if (loading) {
			return;
		}
		Set<String> dirty = changedFields();
		for (Field f : fields.values()) {
			f.caption.setForeground(dirty.contains(f.key) ? f.caption.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
		}
		changed.run();
	}

	/** Shows each problem under its field; @return the problems that belong to no field */
	List<Problem> showProblems(List<Problem> problems) {
		clearProblems();
		List<Problem> elsewhere = new ArrayList<>();
		for (Problem p : problems) {
			Field f = fields.get(p.field());
			if (f == null) {
				elsewhere.add(p);
				continue;
			}
			f.error.setText(f.error.getText().isEmpty() ? p.message() : f.error.getText() + "\n" + p.message());
			((GridData) f.error.getLayoutData()).exclude = false;
			((GridData) f.error.getParent().getChildren()[indexBefore(f.error)].getLayoutData()).exclude = false;
			f.error.setVisible(true);
			f.error.getParent().layout(true, true);
		}
		return elsewhere;
	}

	void clearProblems() {
		for (Field f : fields.values()) {
			if (!f.error.getVisible() && f.error.getText().isEmpty()) {
				continue;
			}
			f.error.setText("");
			((GridData) f.error.getLayoutData()).exclude = true;
			((GridData) f.error.getParent().getChildren()[indexBefore(f.error)].getLayoutData()).exclude = true;
			f.error.setVisible(false);
			f.error.getParent().layout(true, true);
		}
	}

	private static int indexBefore(Control c) {
		Control[] siblings = c.getParent().getChildren();
		for (int i = 1; i < siblings.length; i++) {
			if (siblings[i] == c) {
				return i - 1;
			}
		}
		return 0;
	}

	void setEditable(boolean canEdit) {
		editable = canEdit;
		fields.values().forEach(f -> f.controls.forEach(c -> c.setEnabled(canEdit)));
		dependencies.forEach(Runnable::run);
	}

	/**
	 * Enables {@code dependent} only while {@code condition} is ticked and enabled itself (so dependencies can
	 * chain: declare the outer one first).
	 */
	void enableWhen(Button condition, Control... dependent) {
		dependencies.add(() -> {
			for (Control c : dependent) {
				c.setEnabled(editable && condition.getSelection() && condition.isEnabled());
			}
		});
		condition.addListener(SWT.Selection, e -> dependencies.forEach(Runnable::run));
		dependencies.forEach(Runnable::run);
	}

	private static EStructuralFeature attribute(String key) {
		return SwitchdeskPackage.Literals.SETTINGS.getEStructuralFeature(key);
	}
}
