package com.switchdesk.store.internal.settings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.switchdesk.model.ExtensionGroup;
import com.switchdesk.model.SwitchdeskFactory;
import com.switchdesk.store.ExtensionGroupService;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.Problem;
import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.ValidationException;
import com.switchdesk.store.internal.Messages;
import com.switchdesk.store.internal.Sessions.Need;
import com.switchdesk.store.internal.StoreCore;
import com.switchdesk.store.internal.db.SqlStates;

/** Extension groups (F17) and extension user names (F16). */
@Component(service = ExtensionGroupService.class)
public final class ExtensionGroupServiceImpl implements ExtensionGroupService {

	private static final Pattern EXTENSION = Pattern.compile("[0-9*#]{1,16}");
	private static final int MAX_USER_NAME = 50;

	private final StoreCore core;

	@Activate
	public ExtensionGroupServiceImpl(@Reference StoreCore core) {
		this.core = Objects.requireNonNull(core);
	}

	@Override
	public List<ExtensionGroup> groups(OperatorSession session) {
		core.sessions().require(session, Need.ANY, Messages.get("what.readGroups"));
		return core.database().read(connection -> new ArrayList<>(load(connection, null).values()));
	}

	@Override
	public ExtensionGroup create(OperatorSession session, String name) {
		core.sessions().require(session, Need.ADMINISTRATOR, Messages.get("what.changeGroups"));
		String checked = checkName(name);
		return core.database().write(connection -> {
			long id;
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO extension_group (name, name_key) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
				insert.setString(1, checked);
				insert.setString(2, checked.toLowerCase(Locale.ROOT));
				executeUnique(insert, checked);
				try (ResultSet keys = insert.getGeneratedKeys()) {
					keys.next();
					id = keys.getLong(1);
				}
			}
			return existing(connection, id);
		});
	}

	@Override
	public ExtensionGroup rename(OperatorSession session, long groupId, String newName) {
		core.sessions().require(session, Need.ADMINISTRATOR, Messages.get("what.changeGroups"));
		String checked = checkName(newName);
		return core.database().write(connection -> {
			existing(connection, groupId);
			try (PreparedStatement update = connection
					.prepareStatement("UPDATE extension_group SET name = ?, name_key = ? WHERE id = ?")) {
				update.setString(1, checked);
				update.setString(2, checked.toLowerCase(Locale.ROOT));
				update.setLong(3, groupId);
				executeUnique(update, checked);
			}
			return existing(connection, groupId);
		});
	}

	@Override
	public boolean delete(OperatorSession session, long groupId) {
		core.sessions().require(session, Need.ADMINISTRATOR, Messages.get("what.changeGroups"));
		return core.database().write(connection -> {
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM extension_group WHERE id = ?")) {
				delete.setLong(1, groupId);
				return delete.executeUpdate() > 0; // members go with it: ON DELETE CASCADE
			}
		});
	}

	@Override
	public ExtensionGroup addExtensions(OperatorSession session, long groupId, Collection<String> extensions) {
		core.sessions().require(session, Need.ADMINISTRATOR, Messages.get("what.changeGroups"));
		TreeSet<String> numbers = checkExtensions(extensions);
		return core.database().write(connection -> {
			ExtensionGroup group = existing(connection, groupId);
			numbers.removeAll(group.getExtensionNumbers());
			try (PreparedStatement insert = connection
					.prepareStatement("INSERT INTO extension_group_member (group_id, extension) VALUES (?, ?)")) {
				for (String number : numbers) {
					insert.setLong(1, groupId);
					insert.setString(2, number);
					insert.addBatch();
				}
				insert.executeBatch();
			}
			return existing(connection, groupId);
		});
	}

	@Override
	public ExtensionGroup removeExtensions(OperatorSession session, long groupId, Collection<String> extensions) {
		core.sessions().require(session, Need.ADMINISTRATOR, Messages.get("what.changeGroups"));
		return core.database().write(connection -> {
			existing(connection, groupId);
			try (PreparedStatement delete = connection
					.prepareStatement("DELETE FROM extension_group_member WHERE group_id = ? AND extension = ?")) {
				for (String number : extensions) {
					delete.setLong(1, groupId);
					delete.setString(2, number == null ? "" : number.strip());
					delete.addBatch();
				}
				delete.executeBatch();
			}
			return existing(connection, groupId);
		});
	}

	@Override
	public Map<String, String> extensionNames(OperatorSession session) {
		core.sessions().require(session, Need.ANY, Messages.get("what.readGroups"));
		return core.database().read(connection -> {
			Map<String, String> names = new TreeMap<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT extension, user_name FROM extension_name");
					ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					names.put(rows.getString(1), rows.getString(2));
				}
			}
			return names;
		});
	}

	@Override
	public void setExtensionName(OperatorSession session, String extension, String userName) {
		core.sessions().require(session, Need.ANY, Messages.get("what.nameExtensions"));
		String number = checkExtensions(List.of(extension == null ? "" : extension)).first();
		String name = userName == null ? "" : userName.strip();
		if (name.length() > MAX_USER_NAME) {
			throw new ValidationException(
					new Problem("userName", ProblemCode.TOO_LONG, Messages.get("field.tooLong", MAX_USER_NAME)));
		}
		core.database().write(connection -> {
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM extension_name WHERE extension = ?")) {
				delete.setString(1, number);
				delete.executeUpdate();
			}
			if (!name.isEmpty()) {
				try (PreparedStatement insert = connection
						.prepareStatement("INSERT INTO extension_name (extension, user_name) VALUES (?, ?)")) {
					insert.setString(1, number);
					insert.setString(2, name);
					insert.executeUpdate();
				}
			}
			return null;
		});
	}

	private static String checkName(String name) {
		String stripped = name == null ? "" : name.strip();
		if (stripped.isEmpty()) {
			throw new ValidationException(new Problem("name", ProblemCode.REQUIRED, Messages.get("group.nameRequired")));
		}
		if (stripped.length() > MAX_GROUP_NAME_LENGTH) {
			throw new ValidationException(
					new Problem("name", ProblemCode.TOO_LONG, Messages.get("field.tooLong", MAX_GROUP_NAME_LENGTH)));
		}
		return stripped;
	}

	private static TreeSet<String> checkExtensions(Collection<String> extensions) {
		TreeSet<String> numbers = new TreeSet<>();
		List<Problem> problems = new ArrayList<>();
		for (String extension : extensions) {
			String number = extension == null ? "" : extension.strip();
			if (EXTENSION.matcher(number).matches()) {
				numbers.add(number);
			} else {
				problems.add(new Problem("extensions", ProblemCode.INVALID_NUMBER,
						Messages.get("group.extensionInvalid", number)));
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		return numbers;
	}

	private static void executeUnique(PreparedStatement statement, String name) throws SQLException {
		try {
			statement.executeUpdate();
		} catch (SQLException e) {
			if (SqlStates.DUPLICATE_KEY.equals(e.getSQLState())) {
				throw new ValidationException(
						new Problem("name", ProblemCode.NOT_UNIQUE, Messages.get("group.nameTaken", name)));
			}
			throw e;
		}
	}

	private static ExtensionGroup existing(Connection connection, long id) throws SQLException {
		ExtensionGroup group = load(connection, id).get(id);
		if (group == null) {
			throw new ValidationException(new Problem("group", ProblemCode.NOT_FOUND, Messages.get("group.notFound", id)));
		}
		return group;
	}

	/** @param onlyId one group, or null for all */
	private static Map<Long, ExtensionGroup> load(Connection connection, Long onlyId) throws SQLException {
		Map<Long, ExtensionGroup> groups = new LinkedHashMap<>();
		String where = onlyId == null ? "" : " WHERE g.id = ?";
		// numbers in numeric order: shorter first, then by digits
		try (PreparedStatement select = connection.prepareStatement("SELECT g.id, g.name, m.extension "
				+ "FROM extension_group g LEFT JOIN extension_group_member m ON m.group_id = g.id" + where
				+ " ORDER BY g.id, LENGTH(m.extension), m.extension")) {
			if (onlyId != null) {
				select.setLong(1, onlyId);
			}
			try (ResultSet rows = select.executeQuery()) {
				readGroups(rows, groups);
			}
		}
		return groups;
	}

	private static void readGroups(ResultSet rows, Map<Long, ExtensionGroup> groups) throws SQLException {
		while (rows.next()) {
			ExtensionGroup group = groups.computeIfAbsent(rows.getLong(1), id -> {
				ExtensionGroup created = SwitchdeskFactory.eINSTANCE.createExtensionGroup();
				created.setId(id);
				return created;
			});
			group.setName(rows.getString(2));
			String member = rows.getString(3);
			if (member != null) {
				group.getExtensionNumbers().add(member);
			}
		}
	}
}
