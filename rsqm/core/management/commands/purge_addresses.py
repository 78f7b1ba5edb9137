from django.core.management.base import BaseCommand

from rsqm.core.jobs import purge_audit_addresses


class Command(BaseCommand):
    help = "Delete client addresses of audit rows older than the retention period (RSQM_AUDIT_ADDRESS_DAYS)."

    def handle(self, *args, **options):
        deleted = purge_audit_addresses()
        self.stdout.write(f"Deleted {deleted} client address{'es' if deleted != 1 else ''} from the audit log.")
