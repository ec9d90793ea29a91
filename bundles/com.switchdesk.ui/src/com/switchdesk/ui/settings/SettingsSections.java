package com.switchdesk.ui.settings;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.SWT;
import org.eclipse.jface.layout.GridDataFactory;

/** The settings' sections and fields, in the order of the seed's 其他设置 dialog (3.3.1–3.3.4, 3.10). */
final class SettingsSections {

	private final SettingsForm form;

	SettingsSections(SettingsForm form) {
		this.form = form;
	}

	void create(Composite left, Composite right) {
		Composite company = SettingsForm.section(left, Messages.Settings_companySection);
		note(company, Messages.Settings_companyNote);
		form.text(company, "companyName", Messages.Settings_companyName, 64);
		Text description = form.text(company, "companyDescription", Messages.Settings_companyDescription, 200);
		description.setMessage(Messages.Settings_companyDescriptionHint);

		Composite calls = SettingsForm.section(left, Messages.Settings_callsSection);
		form.popupModes(calls, "popupMode", Messages.Settings_popup, SettingsPart.popupChoices());
		form.check(calls, "ringtonesEnabled", Messages.Settings_ringtones, Messages.Settings_ringtonesOn);
		form.tone(calls, "internalRingtone", Messages.Settings_internalTone);
		note(calls, Messages.Settings_customerTones);

		Composite keys = SettingsForm.section(left, Messages.Settings_keysSection);
		note(keys, Messages.Settings_keysNote);
		form.text(keys, "speedKey1Label", Messages.Settings_key1Label, 16);
		form.text(keys, "speedKey1Digits", Messages.Settings_key1Digits, 32);
		form.text(keys, "speedKey2Label", Messages.Settings_key2Label, 16);
		form.text(keys, "speedKey2Digits", Messages.Settings_key2Digits, 32);

		Composite forwarding = SettingsForm.section(right, Messages.Settings_forwardingSection);
		note(forwarding, Messages.Settings_forwardingNote);
		form.text(forwarding, "defaultForwardNumber", Messages.Settings_forwardNumber, 32);
		form.check(forwarding, "defaultForwardExternal", Messages.Settings_forwardExternal,
				Messages.Settings_forwardExternalText);
		Button group = form.check(forwarding, "operatorGroupForwarding", Messages.Settings_groupForwarding,
				Messages.Settings_groupForwardingText);
		Spinner number = form.spinner(forwarding, "operatorGroupNumber", Messages.Settings_groupNumber, 9999);
		Button day = form.check(forwarding, "dayMember", Messages.Settings_dayMember, Messages.Settings_yes);
		Spinner dayIndex = form.spinner(forwarding, "dayMemberIndex", Messages.Settings_dayIndex, 255);
		Button night = form.check(forwarding, "nightMember", Messages.Settings_nightMember, Messages.Settings_yes);
		Spinner nightIndex = form.spinner(forwarding, "nightMemberIndex", Messages.Settings_nightIndex, 255);
		note(forwarding, Messages.Settings_indexNote);
		form.enableWhen(group, number, day, night);
		form.enableWhen(day, dayIndex);
		form.enableWhen(night, nightIndex);
	}

	private static void note(Composite section, String text) {
		Label l = new Label(section, SWT.WRAP);
		l.setText(text);
		l.setForeground(section.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(l);
	}
}
