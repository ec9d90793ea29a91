package com.switchdesk.pbx.command;

import com.switchdesk.pbx.model.ExtensionServices;
import java.util.Objects;

/**
 * Writes one extension's services; refused with OFFICE_EXTENSION for office extensions.
 *
 * @param services the new services; its number names the extension
 */
public record WriteExtensionServices(ExtensionServices services) implements PbxCommand<Void> {

	public WriteExtensionServices {
		Objects.requireNonNull(services, "services");
	}
}
