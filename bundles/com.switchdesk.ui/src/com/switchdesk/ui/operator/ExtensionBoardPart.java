package com.switchdesk.ui.operator;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.widgets.Composite;

import com.switchdesk.ui.internal.Messages;
import com.switchdesk.ui.internal.Placeholder;

public class ExtensionBoardPart {

	@PostConstruct
	void create(Composite parent) {
		Placeholder.create(parent, "board", Messages.Board_title, Messages.Board_placeholder);
	}
}
