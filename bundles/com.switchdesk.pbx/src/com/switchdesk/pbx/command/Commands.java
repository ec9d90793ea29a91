package com.switchdesk.pbx.command;

final class Commands {

	private Commands() {
	}

	static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " is required");
		}
	}
}
