"""Statutory audit of accounts, inspection, inquiry and supersession (ss.81-89, 125). Models arrive with the
audit issue. ("audit" here is always the audit of a society's accounts; the record of who did what is the
activity log in registrar/.)"""
