package io.crosscheck.claim.model;

public enum AnalysisStatus { PENDING, DONE, FAILED }
