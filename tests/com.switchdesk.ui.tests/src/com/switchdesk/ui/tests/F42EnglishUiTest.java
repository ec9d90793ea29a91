package com.switchdesk.ui.tests;

/** F42 in English: the default test execution runs with {@code -nl en} and the built-in profile. */
class F42EnglishUiTest extends LanguageScreens {

	@Override
	protected Expected expected() {
		return new Expected("en", "SwitchDesk Attendant Console", "&File", "&Window", "&Help", "Operator",
				"Administrator", "About SwitchDesk Attendant Console", "Close", "&Activate");
	}
}
