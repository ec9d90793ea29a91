package com.switchdesk.ui.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.model.PopupMode;
import com.switchdesk.model.Settings;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.Problem;
import com.switchdesk.store.SettingsService;
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.directory.Background;
import com.switchdesk.ui.directory.Failures;
import com.switchdesk.ui.directory.SessionGate;

/**
 * Other settings (其他设置, F11–F14; seed 3.3, 3.10): company name and description, the incoming-call popup and
 * ringtones, the two speed keys, the default forwarding number and the intelligent operator group's slots.
 * Changed fields are marked red, with a "not saved" banner, until saved; Save checks with the store and shows
 * problems under their fields; saved settings reach the keypad, the popup, the ringer and the forwarding dialog at
 * once (through {@link SettingsPublisher}). Below, the PBX prerequisites check of the operator extension.
 */
public class SettingsPart {

	@Inject
	private UISynchronize ui;
	@Inject
	@Optional
	private SettingsService store;
	@Inject
	@Optional
	private PbxConnection pbx;
	@Inject
	@Optional
	private SettingsPublisher publisher;

	private OperatorSession session;
	private SessionGate gate;
	private Background background;
	private SettingsForm form;
	private Composite banner;
	private Label message;
	private Button save;
	private Button undo;
	private PrerequisitesSection prerequisites;

	@Inject
	void session(@Optional OperatorSession newSession) {
		session = newSession;
		if (gate != null) {
			ui.asyncExec(this::admit);
		}
	}

	@PostConstruct
	void create(Composite parent) {
		gate = new SessionGate(parent, "settings");
		Composite outer = gate.content();
		GridLayoutFactory.fillDefaults().applyTo(outer);
		background = new Background("settings", ui, outer);
		createTop(outer);
		ScrolledComposite scroller = new ScrolledComposite(outer, SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		Composite body = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).margins(8, 4).applyTo(body);
		scroller.setContent(body);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.addListener(SWT.Resize, e -> scroller.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT)));

		form = new SettingsForm(this::edited);
		Composite left = column(body);
		Composite right = column(body);
		new SettingsSections(form).create(left, right);
		prerequisites = new PrerequisitesSection(right, () -> pbx,
				() -> session == null ? "" : session.extension(), background);
		scroller.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		admit();
	}

	private static Composite column(Composite body) {
		Composite c = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(c);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.BEGINNING).applyTo(c);
		return c;
	}

	private void createTop(Composite outer) {
		Composite top = new Composite(outer, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).margins(8, 6).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		banner = WidgetIds.tag(new Composite(top, SWT.NONE), "settings.unsaved");
		GridLayoutFactory.swtDefaults().margins(8, 4).applyTo(banner);
		banner.setBackground(top.getDisplay().getSystemColor(SWT.COLOR_RED));
		Label bannerText = WidgetIds.tag(new Label(banner, SWT.WRAP), "settings.unsaved.text");
		bannerText.setBackground(banner.getBackground());
		bannerText.setForeground(top.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(bannerText);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(banner);
		message = WidgetIds.tag(new Label(top, SWT.WRAP), "settings.message");
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(message);
		save = WidgetIds.tag(new Button(top, SWT.PUSH), "settings.save");
		save.setText(Messages.Settings_save);
		save.addListener(SWT.Selection, e -> save());
		undo = WidgetIds.tag(new Button(top, SWT.PUSH), "settings.undo");
		undo.setText(Messages.Settings_undo);
		undo.setToolTipText(Messages.Settings_undoTip);
		undo.addListener(SWT.Selection, e -> load());
		showBanner(false);
	}

	private void admit() {
		if (!gate.control().isDisposed() && gate.admit(session, Messages.Settings_title, true)) {
			prerequisites.showPosition();
			load();
			prerequisites.read(null);
		}
	}

	private void load() {
		if (store == null) {
			show(Messages.Settings_noStore, true);
			return;
		}
		SettingsService settings = store;
		background.run(settings::current, stored -> {
			form.load(stored);
			show("", false);
		}, e -> show(Failures.text(e), true));
	}

	private void edited() {
		Set<String> changed = form.changedFields();
		boolean dirty = !changed.isEmpty();
		((Label) banner.getChildren()[0]).setText(NLS.bind(Messages.Settings_unsaved, changed.size()));
		showBanner(dirty);
		save.setEnabled(dirty && form.isLoaded());
		undo.setEnabled(dirty);
	}

	private void showBanner(boolean visible) {
		((GridData) banner.getLayoutData()).exclude = !visible;
		banner.setVisible(visible);
		((GridData) message.getLayoutData()).exclude = visible;
		message.setVisible(!visible);
		banner.getParent().layout(true, true);
	}

	private void save() {
		Settings wanted = form.collect();
		OperatorSession who = session;
		SettingsService settings = store;
		save.setEnabled(false);
		background.run(() -> {
			List<Problem> problems = settings.validate(wanted);
			if (!problems.isEmpty()) {
				return new Saved(null, Set.of(), problems);
			}
			Settings stored = settings.save(who, wanted);
			return new Saved(stored, settings.savedAttributes(), List.of());
		}, saved -> {
			if (!saved.problems().isEmpty()) {
				refused(saved.problems());
				return;
			}
			form.load(saved.settings());
			if (publisher != null) {
				publisher.publish(saved.settings(), saved.attributes());
			}
			show(Messages.Settings_saved, false);
		}, e -> {
			edited();
			if (Background.unwrap(e) instanceof com.switchdesk.store.ValidationException v) {
				refused(v.problems());
			} else {
				showError(Failures.text(e));
			}
		});
	}

	private record Saved(Settings settings, Set<String> attributes, List<Problem> problems) {
	}

	private void refused(List<Problem> problems) {
		edited();
		List<Problem> elsewhere = form.showProblems(problems);
		String rest = elsewhere.stream().map(Problem::message).collect(Collectors.joining(" "));
		showError(NLS.bind(Messages.Settings_refused, problems.size()) + (rest.isEmpty() ? "" : " " + rest));
	}

	/** An error while there are unsaved changes: said in the banner, which stays. */
	private void showError(String text) {
		((Label) banner.getChildren()[0]).setText(text);
		banner.getParent().layout(true, true);
	}

	private void show(String text, boolean error) {
		message.setText(text);
		message.setForeground(message.getDisplay().getSystemColor(error ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GREEN));
		message.getParent().layout(true, true);
	}

	static Map<PopupMode, String> popupChoices() {
		Map<PopupMode, String> m = new LinkedHashMap<>();
		m.put(PopupMode.OFF, Messages.Settings_popupOff);
		m.put(PopupMode.ON, Messages.Settings_popupOn);
		m.put(PopupMode.ON_AND_FLASH, Messages.Settings_popupFlash);
		return m;
	}
}
