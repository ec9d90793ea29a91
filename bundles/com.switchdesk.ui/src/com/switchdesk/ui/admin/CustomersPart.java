package com.switchdesk.ui.admin;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.widgets.Composite;

import com.switchdesk.ui.internal.Messages;
import com.switchdesk.ui.internal.Placeholder;

public class CustomersPart {

	@PostConstruct
	void create(Composite parent) {
		Placeholder.create(parent, "customers", Messages.Customers_title, Messages.Customers_placeholder);
	}
}
