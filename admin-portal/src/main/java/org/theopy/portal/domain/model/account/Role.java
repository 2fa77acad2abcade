package org.theopy.portal.domain.model.account;

/** The roles of the portal; the constants' names in lower case are the role names. */
public enum Role {
  /** Everything, including user accounts. */
  ADMIN,
  /** Handles incidents and post-mortems; reads everything else. */
  RESPONDER,
  /** Reads only. */
  VIEWER;

  /**
   * The role name as used by Jakarta Security: {@code admin}, {@code responder}, {@code viewer}.
   */
  public String roleName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Role name constant for annotations and checks. */
  public static final String ADMIN_NAME = "admin";

  /** Role name constant for annotations and checks. */
  public static final String RESPONDER_NAME = "responder";

  /** Role name constant for annotations and checks. */
  public static final String VIEWER_NAME = "viewer";
}
