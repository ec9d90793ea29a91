package com.switchdesk.pbx.command;

/**
 * Marks or unmarks an office extension (办公用户).
 *
 * @param extension the extension
 * @param office true to protect its services
 */
public record SetOfficeExtension(String extension, boolean office) implements PbxCommand<Void> {

	public SetOfficeExtension {
		Commands.requireText(extension, "extension");
	}
}
