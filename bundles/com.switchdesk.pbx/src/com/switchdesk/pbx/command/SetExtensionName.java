package com.switchdesk.pbx.command;

import java.util.Objects;

/**
 * Sets the user name an extension shows on the board.
 *
 * @param extension the extension
 * @param userName the user name, empty to remove
 */
public record SetExtensionName(String extension, String userName) implements PbxCommand<Void> {

	public SetExtensionName {
		Commands.requireText(extension, "extension");
		Objects.requireNonNull(userName, "userName");
	}
}
