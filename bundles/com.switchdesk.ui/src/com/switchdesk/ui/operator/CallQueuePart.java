package com.switchdesk.ui.operator;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.widgets.Composite;

import com.switchdesk.ui.internal.Messages;
import com.switchdesk.ui.internal.Placeholder;

public class CallQueuePart {

	@PostConstruct
	void create(Composite parent) {
		Placeholder.create(parent, "queue", Messages.Queue_title, Messages.Queue_placeholder);
	}
}
