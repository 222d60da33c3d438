package io.crosscheck.nlp.extract;

public enum EntityType { PERSON, ORGANIZATION, LOCATION, OTHER }
