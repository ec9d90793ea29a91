package com.switchdesk.product.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** F42: the rule that tells a translated Chinese value from one left in English. */
class F42ChineseTextRuleTest {

	@Test
	void f42_chineseCharactersMakeATranslation() {
		assertTrue(ChineseText.isTranslated("Hold F3", "\u901a\u8bdd\u4fdd\u7559 F3"));
		assertTrue(ChineseText.isTranslated("&File", "\u6587\u4ef6(&F)"));
	}

	@Test
	void f42_englishLeftInTheChineseFileIsCaught() {
		assertFalse(ChineseText.isTranslated("Save", "Save"));
		assertFalse(ChineseText.isTranslated("Hold F3", "Hold F3"));
		assertFalse(ChineseText.isTranslated("About {0}", "About {0}"));
	}

	@Test
	void f42_productNamesNumbersAndTechnicalTokensNeedNoTranslation() {
		assertTrue(ChineseText.isTranslated("SwitchDesk", "SwitchDesk"));
		assertTrue(ChineseText.isTranslated("{0} / {1}", "{0} / {1}"));
		assertTrue(ChineseText.isTranslated("CSV (UTF-8)", "CSV (UTF-8)"));
		assertTrue(ChineseText.isTranslated("F12", "F12"));
	}
}
