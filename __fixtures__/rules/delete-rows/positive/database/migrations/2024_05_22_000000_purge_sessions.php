<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        DB::table('sessions')->delete(); // mg:expect
        DB::table('users')->where('banned', true)->delete(); // mg:expect
        \App\Models\AuditLog::query()->delete(); // mg:expect
    }

    public function down(): void
    {
        //
    }
};
