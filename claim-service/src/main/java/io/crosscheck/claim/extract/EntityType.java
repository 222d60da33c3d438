package io.crosscheck.claim.extract;

public enum EntityType { PERSON, ORGANIZATION, LOCATION, OTHER }
