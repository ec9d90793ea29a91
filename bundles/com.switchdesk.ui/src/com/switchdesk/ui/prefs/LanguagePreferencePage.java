package com.switchdesk.ui.prefs;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import com.switchdesk.ui.Buttons;
import com.switchdesk.ui.WidgetIds;

/**
 * Window > Preferences > Language (F42): the console's language for this user, from the next start. Each
 * language is named in itself, so that someone who cannot read the current one still finds theirs.
 */
public class LanguagePreferencePage extends PreferencePage {

	private final LanguageChoice choice;
	private final Map<String, Button> buttons = new LinkedHashMap<>();

	public LanguagePreferencePage(LanguageChoice choice) {
		super(Messages.Language_title);
		this.choice = choice;
		setDescription(Messages.Language_description);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite root = WidgetIds.tag(new Composite(parent, SWT.NONE), "prefs.language");
		GridLayoutFactory.fillDefaults().applyTo(root);
		radio(root, LanguageChoice.SYSTEM, Messages.Language_system);
		radio(root, "en", "English");
		radio(root, "zh_CN", "\u7b80\u4f53\u4e2d\u6587");
		buttons.get(choice.read()).setSelection(true);

		Label now = WidgetIds.tag(new Label(root, SWT.WRAP), "prefs.language.now");
		now.setText(NLS.bind(Messages.Language_now, "zh".equals(Locale.getDefault().getLanguage())
				? "\u7b80\u4f53\u4e2d\u6587" : "English"));
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).indent(0, 12).applyTo(now);
		return root;
	}

	private void radio(Composite parent, String language, String label) {
		buttons.put(language, Buttons.radio(parent, "prefs.language." + language, label, false));
	}

	@Override
	protected void performDefaults() {
		buttons.forEach((language, b) -> b.setSelection(LanguageChoice.SYSTEM.equals(language)));
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		if (buttons.isEmpty()) {
			return true; // never shown: nothing chosen
		}
		String chosen = buttons.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey)
				.findFirst().orElse(LanguageChoice.SYSTEM);
		try {
			choice.write(chosen);
			return true;
		} catch (IOException e) {
			setErrorMessage(NLS.bind(Messages.Language_error, choice.file(), e.getMessage()));
			return false;
		}
	}
}
