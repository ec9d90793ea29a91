package com.switchdesk.pbx.command;

import com.switchdesk.pbx.model.ExtensionServices;

/**
 * Reads one extension's services (查看分机业务).
 *
 * @param extension the extension
 */
public record ReadExtensionServices(String extension) implements PbxCommand<ExtensionServices> {

	public ReadExtensionServices {
		Commands.requireText(extension, "extension");
	}
}
