package com.switchdesk.ui.operator;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.widgets.Composite;

import com.switchdesk.ui.internal.Messages;
import com.switchdesk.ui.internal.Placeholder;

public class KeypadPart {

	@PostConstruct
	void create(Composite parent) {
		Placeholder.create(parent, "keypad", Messages.Keypad_title, Messages.Keypad_placeholder);
	}
}
