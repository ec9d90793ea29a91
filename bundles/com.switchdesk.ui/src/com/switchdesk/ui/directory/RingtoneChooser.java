package com.switchdesk.ui.directory;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Listener;

import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.alerts.RingtonePlayer;
import com.switchdesk.ui.alerts.Tones;

/**
 * A choice among the bundled ringtones with a Preview button that plays the chosen tone once (F09): for a
 * customer's tone, and for ringtone 0 in the settings.
 */
public final class RingtoneChooser {

	private final Composite root;
	private final Combo combo;
	private final Button preview;
	private final List<String> ids = new ArrayList<>();
	private final RingtonePlayer player = new RingtonePlayer();

	/**
	 * @param id          widget id: the combo gets it, the button {@code id + ".preview"}
	 * @param withDefault whether the first choice is "the default tone" (id "")
	 */
	public RingtoneChooser(Composite parent, String id, boolean withDefault) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(root);
		combo = WidgetIds.tag(new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN), id);
		if (withDefault) {
			ids.add("");
			combo.add(CustomerTexts.toneName(""));
		}
		for (Tones.Tone tone : Tones.ALL) {
			ids.add(tone.id());
			combo.add(CustomerTexts.toneName(tone.id()));
		}
		combo.select(0);
		preview = WidgetIds.tag(new Button(root, SWT.PUSH), id + ".preview");
		preview.setText(Messages.Tone_preview);
		preview.setToolTipText(Messages.Tone_previewTip);
		preview.addListener(SWT.Selection, e -> play());
		root.addListener(SWT.Dispose, e -> player.stop());
	}

	public Composite control() {
		return root;
	}

	public Combo combo() {
		return combo;
	}

	/** @return the chosen tone's id; "" for the default tone */
	public String selected() {
		int i = combo.getSelectionIndex();
		return i < 0 ? ids.get(0) : ids.get(i);
	}

	/** Chooses a tone by id; an unknown id chooses the first entry. */
	public void select(String id) {
		int i = ids.indexOf(id == null ? "" : id);
		combo.select(Math.max(0, i));
	}

	public void addModifyListener(Listener listener) {
		combo.addListener(SWT.Selection, listener);
	}

	public void setEnabled(boolean enabled) {
		combo.setEnabled(enabled);
	}

	/** Whether a preview was asked for and still sounds (silently without a sound device). */
	public boolean isPlaying() {
		return player.isRinging();
	}

	private void play() {
		player.stop(); // the player ignores the tone it is already playing
		player.ring(Tones.byId(selected()).id(), false);
	}
}
