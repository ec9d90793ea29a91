package com.switchdesk.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.switchdesk.model.ExtensionGroup;

/**
 * Extension groups, one board tab each (F17), and the user names shown on the board's tiles (F16).
 * <p>
 * An extension may belong to several groups; extensions in none are the board's "Ungrouped" tab. Group names
 * are unique regardless of case, 1 to {@value #MAX_GROUP_NAME_LENGTH} characters. Extension numbers are 1 to 16
 * digits, '*' or '#'. Reading is allowed to every session; changing groups to administrators; naming an
 * extension to every session (the board lets operators do it).
 */
public interface ExtensionGroupService {

	int MAX_GROUP_NAME_LENGTH = 40;

	/** @return every group in tab order (creation order), each with its extensions sorted by number */
	List<ExtensionGroup> groups(OperatorSession session);

	/** <i>Administrator</i>: a new, empty group as the last tab. */
	ExtensionGroup create(OperatorSession session, String name);

	/** <i>Administrator</i>. */
	ExtensionGroup rename(OperatorSession session, long groupId, String newName);

	/** <i>Administrator</i>: the group goes; its extensions stay on the board. @return false when not found */
	boolean delete(OperatorSession session, long groupId);

	/**
	 * <i>Administrator</i>: adds many extensions at once, in one transaction; those already in the group are
	 * left alone.
	 *
	 * @throws ValidationException no such group, or invalid numbers (all listed; none added)
	 */
	ExtensionGroup addExtensions(OperatorSession session, long groupId, Collection<String> extensions);

	/** <i>Administrator</i>: removes many extensions at once; absent ones are ignored. */
	ExtensionGroup removeExtensions(OperatorSession session, long groupId, Collection<String> extensions);

	/** @return extension number → user name, sorted by number */
	Map<String, String> extensionNames(OperatorSession session);

	/**
	 * Names an extension on the board; a blank name removes it.
	 *
	 * @throws ValidationException invalid number, or a name over 50 characters
	 */
	void setExtensionName(OperatorSession session, String extension, String userName);
}
