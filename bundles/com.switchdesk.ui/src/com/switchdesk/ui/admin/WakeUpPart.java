package com.switchdesk.ui.admin;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.widgets.Composite;

import com.switchdesk.ui.internal.Messages;
import com.switchdesk.ui.internal.Placeholder;

public class WakeUpPart {

	@PostConstruct
	void create(Composite parent) {
		Placeholder.create(parent, "wakeup", Messages.WakeUp_title, Messages.WakeUp_placeholder);
	}
}
