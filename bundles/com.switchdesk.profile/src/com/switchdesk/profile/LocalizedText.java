package com.switchdesk.profile;

import java.util.Locale;
import java.util.Objects;

/**
 * A text of the profile in English and, optionally, Simplified Chinese ({@code key} and {@code key_zh_CN}).
 *
 * @param english the text in English; may be empty, never {@code null}
 * @param chinese the Simplified Chinese text, or empty when the profile gives none
 */
public record LocalizedText(String english, String chinese) {

	/** @throws NullPointerException if a component is {@code null} */
	public LocalizedText {
		Objects.requireNonNull(english, "english");
		Objects.requireNonNull(chinese, "chinese");
	}

	/** @return the Chinese text for a Chinese locale when there is one, the English text otherwise */
	public String in(Locale locale) {
		return "zh".equals(locale.getLanguage()) && !chinese.isBlank() ? chinese : english;
	}
}
