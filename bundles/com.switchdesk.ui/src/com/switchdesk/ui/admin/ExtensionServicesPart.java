package com.switchdesk.ui.admin;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.widgets.Composite;

import com.switchdesk.ui.internal.Messages;
import com.switchdesk.ui.internal.Placeholder;

public class ExtensionServicesPart {

	@PostConstruct
	void create(Composite parent) {
		Placeholder.create(parent, "services", Messages.Services_title, Messages.Services_placeholder);
	}
}
