<?php

use App\Models\AuditLog;
use Illuminate\Database\Migrations\Migration;
use Illuminate\Support\Facades\DB;

return new class extends Migration
{
    public function up(): void
    {
        DB::table('sessions')->delete();
        DB::table('users')->where('active', false)->delete();
        DB::table('tokens')->truncate();
        DB::table('users')->update(['plan' => 'free']);
        DB::table('users')->whereNull('plan')->update(['plan' => 'free']);
        DB::table('users')->where('country', null)->update(['country' => 'NL']);
        DB::table('users')
            ->where('id', '>', 100)
            ->update(['tier' => 2]);
        AuditLog::query()->delete();
        AuditLog::truncate();
        DB::statement('ALTER TABLE users DROP COLUMN nickname');
        DB::unprepared(<<<'SQL'
            DROP TABLE old_reports;
            SQL);
        DB::statement($sql);
        $this->cleanup();
    }

    private function cleanup(): void
    {
        DB::table('jobs')->delete();
    }

    public function down(): void
    {
        // Nothing to restore.
    }
};
