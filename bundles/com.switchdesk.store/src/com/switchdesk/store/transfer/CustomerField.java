package com.switchdesk.store.transfer;

import java.util.List;

import com.switchdesk.model.PhoneLabel;

/**
 * The columns a customer CSV may have, with the header names recognised for each (case, spaces, '_' and '-'
 * do not matter). Columns with other headers are ignored. {@link #NAME} and at least one number column are
 * required.
 * <p>
 * A number cell may hold several numbers separated by {@code ;} (also {@code ；}, {@code ,}, {@code ，} or
 * {@code 、}). In {@link #PHONES} each may carry its kind in front, e.g. {@code mobile: 138 0000 0000} or
 * {@code 手机：13800000000}; the other number columns give the kind themselves.
 */
public enum CustomerField {
	NAME(null, "name", "full name", "customer", "姓名", "名字", "名称", "客户", "客户名称", "联系人"),
	PHONES(PhoneLabel.OTHER, "phones", "phone", "number", "numbers", "tel", "telephone", "电话", "号码", "电话号码",
			"联系电话"),
	MOBILE(PhoneLabel.MOBILE, "mobile", "cell", "mobile phone", "手机", "手机号", "手机号码", "移动电话"),
	WORK(PhoneLabel.WORK, "work", "work phone", "office", "office phone", "办公电话", "工作电话", "单位电话"),
	HOME(PhoneLabel.HOME, "home", "home phone", "家庭电话", "住宅电话"),
	FAX(PhoneLabel.FAX, "fax", "传真"),
	EMAIL(null, "email", "e-mail", "mail", "email address", "邮箱", "电子邮件", "电子邮箱", "邮件"),
	COMPANY(null, "company", "organization", "organisation", "org", "公司", "单位", "公司名称", "工作单位"),
	NOTES(null, "notes", "note", "remarks", "comment", "备注", "说明"),
	RINGTONE(null, "ringtone", "ring tone", "铃声");

	private final PhoneLabel label;
	private final List<String> headers;

	CustomerField(PhoneLabel label, String... headers) {
		this.label = label;
		this.headers = List.of(headers);
	}

	/** @return the recognised header names, the English export header first */
	public List<String> headers() {
		return headers;
	}

	/** @return the kind of the numbers in this column; null for a column that holds no numbers */
	public PhoneLabel numberLabel() {
		return label;
	}

	public boolean holdsNumbers() {
		return label != null;
	}
}
