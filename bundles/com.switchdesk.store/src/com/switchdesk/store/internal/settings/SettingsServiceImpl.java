package com.switchdesk.store.internal.settings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.switchdesk.model.PopupMode;
import com.switchdesk.model.Settings;
import com.switchdesk.model.SwitchdeskFactory;
import com.switchdesk.model.SwitchdeskPackage;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.Problem;
import com.switchdesk.store.SettingsService;
import com.switchdesk.store.ValidationException;
import com.switchdesk.store.internal.Messages;
import com.switchdesk.store.internal.Sessions.Need;
import com.switchdesk.store.internal.StoreCore;

/**
 * Settings as one row per attribute of the model's {@link Settings} ({@code setting_key} = attribute name,
 * value in EMF's string form), so that a new setting in the model needs no schema change. Unknown keys
 * (written by a newer console) are left alone.
 */
@Component(service = SettingsService.class)
public final class SettingsServiceImpl implements SettingsService {

	private final StoreCore core;

	@Activate
	public SettingsServiceImpl(@Reference StoreCore core) {
		this.core = Objects.requireNonNull(core);
	}

	/** What a new installation starts with, where the model's own defaults do not fit. */
	static Settings defaults() {
		Settings settings = SwitchdeskFactory.eINSTANCE.createSettings();
		settings.setPopupMode(PopupMode.ON);
		settings.setRingtonesEnabled(true);
		return settings;
	}

	@Override
	public Settings current() {
		return core.database().read(SettingsServiceImpl::load);
	}

	@Override
	public Set<String> savedAttributes() {
		return core.database().read(connection -> {
			Set<String> names = new TreeSet<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT setting_key FROM setting");
					ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					names.add(rows.getString(1));
				}
			}
			names.retainAll(SwitchdeskPackage.Literals.SETTINGS.getEAllAttributes().stream().map(EAttribute::getName)
					.toList());
			return Set.copyOf(names);
		});
	}

	@Override
	public List<Problem> validate(Settings settings) {
		return SettingsRules.check(settings);
	}

	@Override
	public Settings save(OperatorSession session, Settings settings) {
		core.sessions().require(session, Need.ADMINISTRATOR, Messages.get("what.settings"));
		List<Problem> problems = SettingsRules.check(settings);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		return core.database().write(connection -> {
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM setting WHERE setting_key = ?");
					PreparedStatement insert = connection
							.prepareStatement("INSERT INTO setting (setting_key, setting_value) VALUES (?, ?)")) {
				for (EAttribute attribute : SwitchdeskPackage.Literals.SETTINGS.getEAllAttributes()) {
					delete.setString(1, attribute.getName());
					delete.executeUpdate();
					Object value = settings.eGet(attribute);
					if (value != null) {
						insert.setString(1, attribute.getName());
						insert.setString(2, toText(attribute, value));
						insert.executeUpdate();
					}
				}
			}
			return load(connection);
		});
	}

	private static Settings load(Connection connection) throws SQLException {
		Map<String, String> stored = new HashMap<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT setting_key, setting_value FROM setting");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				stored.put(rows.getString(1), rows.getString(2));
			}
		}
		Settings settings = defaults();
		for (EAttribute attribute : SwitchdeskPackage.Literals.SETTINGS.getEAllAttributes()) {
			String text = stored.get(attribute.getName());
			if (text != null) {
				settings.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), text));
			}
		}
		return settings;
	}

	private static String toText(EAttribute attribute, Object value) {
		String text = EcoreUtil.convertToString(attribute.getEAttributeType(), value);
		return attribute.getEAttributeType().getInstanceClass() == String.class ? text.strip() : text;
	}
}
